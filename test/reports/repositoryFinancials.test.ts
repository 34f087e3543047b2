import { describe, it } from 'vitest';
import type { Repositories, Store } from '../../src/adapters/port/index.js';
import { conformanceCases } from '../../src/testing/index.js';
import { storesUnderTest } from '../helpers/stores.js';

const stores = storesUnderTest('rep_repo_fin');

/** The store with its aggregate queries hidden: reports then read through the repositories (`repositoryFinancials`). */
function withoutFinancials(store: Store): Store {
  const hide = (tx: Repositories): Repositories => new Proxy(tx, { get: (target, key) => (key === 'financials' ? undefined : Reflect.get(target, key)) });
  return { name: store.name, transaction: (work, options) => store.transaction((tx) => work(hide(tx)), options), dispose: () => store.dispose() };
}

const financialsCases = conformanceCases.filter((c) => c.id.startsWith('financials-'));

describe.each(stores)('the financial aggregates read through the repositories of %s', (_name, makeStore) => {
  for (const c of financialsCases) {
    it(`[${c.id}] ${c.title}`, async () => {
      const store = withoutFinancials(await makeStore());
      const probe = { read: async () => null, count: async () => 0 };
      try {
        await c.run({ store, probe });
      } finally {
        await store.dispose();
      }
    });
  }
});
