import { describe, it } from 'vitest';
import { conformanceCases } from './conformanceCases.js';
import type { ConformanceCase } from './ConformanceCase.js';
import type { StoreConformanceOptions, StoreHarness } from './StoreHarness.js';

/**
 * Registers the store conformance suite with vitest: one `describe(name)` with a test per case of
 * {@link conformanceCases}. Each case gets a fresh, empty store from `makeStore`; after the case the
 * store is disposed and the harness's `cleanup` runs, whether the case passed or not. Cases named
 * in `skip` are registered with `it.skip`, the reason in their title. With `tier: 'large'`, only
 * the cases with sizes are registered, at their large size.
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
  const large = options.tier === 'large';
  describe(`store conformance: ${name}`, () => {
    for (const conformanceCase of conformanceCases) {
      if (large && !conformanceCase.sizes) continue;
      const size = conformanceCase.sizes?.[large ? 'large' : 'quick'];
      const title = `${large ? '[large] ' : ''}[${conformanceCase.id}] ${conformanceCase.title}${size === undefined ? '' : ` (size ${size.toLocaleString('en-US')})`}`;
      const reason = skip[conformanceCase.id];
      if (reason !== undefined) {
        it.skip(`${title} (skipped: ${reason})`, () => undefined);
      } else {
        it(title, () => runCase(conformanceCase, options, size), conformanceCase.timeout);
      }
    }
  });
}

async function runCase(conformanceCase: ConformanceCase, options: StoreConformanceOptions, size: number | undefined): Promise<void> {
  const harness: StoreHarness = await options.makeStore();
  try {
    await conformanceCase.run(harness, size);
  } finally {
    try {
      await harness.store.dispose();
    } finally {
      await harness.cleanup?.();
    }
  }
}
