import { describe, it } from 'vitest';
import { conformanceCases } from './conformanceCases.js';
import type { ConformanceCase } from './ConformanceCase.js';
import type { StoreConformanceOptions, StoreHarness } from './StoreHarness.js';

/**
 * Registers the store conformance suite with vitest: one `describe(name)` with a test per case of
 * {@link conformanceCases}. Each case gets a fresh, empty store from `makeStore`; after the case the
 * store is disposed and the harness's `cleanup` runs, whether the case passed or not. Cases named
 * in `skip` are registered with `it.skip`, the reason in their title.
 *
 * A store is correct when it passes this suite; results are checked through the repositories and,
 * through the probe, in storage itself.
 *
 * @param name - the store's name, the title of the `describe` block
 * @param options - how to make a fresh store for each case, and which cases to skip
 * @returns nothing; the tests are registered with vitest
 * @throws Error when `skip` names a case that does not exist
 * @example
 * ```ts
 * // test/adapters/memoryStore.test.ts
 * import { memoryStore } from 'staffcore/adapters/memory';
 * import { runStoreConformance } from 'staffcore/testing';
 *
 * runStoreConformance('memory', {
 *   makeStore: () => {
 *     const store = memoryStore();
 *     return {
 *       store,
 *       probe: {
 *         read: async (entity, id) => {
 *           const record = store.peek(entity, id);
 *           return record ? { version: record['version'] as number, record: { ...record } } : null;
 *         },
 *         count: async (entity) => store.size(entity),
 *         auditEvents: async () => store.auditEvents(),
 *       },
 *     };
 *   },
 * });
 * ```
 */
export function runStoreConformance(name: string, options: StoreConformanceOptions): void {
  const skip: Readonly<Record<string, string | undefined>> = options.skip ?? {};
  const known = new Set<string>(conformanceCases.map((c) => c.id));
  const unknown = Object.keys(skip).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(`[staffcore] runStoreConformance: skip names unknown cases: ${unknown.join(', ')}`);
  }
  describe(`store conformance: ${name}`, () => {
    for (const conformanceCase of conformanceCases) {
      const title = `[${conformanceCase.id}] ${conformanceCase.title}`;
      const reason = skip[conformanceCase.id];
      if (reason !== undefined) {
        it.skip(`${title} (skipped: ${reason})`, () => undefined);
      } else {
        it(title, () => runCase(conformanceCase, options), conformanceCase.timeout);
      }
    }
  });
}

async function runCase(conformanceCase: ConformanceCase, options: StoreConformanceOptions): Promise<void> {
  const harness: StoreHarness = await options.makeStore();
  try {
    await conformanceCase.run(harness);
  } finally {
    try {
      await harness.store.dispose();
    } finally {
      await harness.cleanup?.();
    }
  }
}
