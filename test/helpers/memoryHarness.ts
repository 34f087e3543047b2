import type { MemoryStore } from '../../src/adapters/memory/index.js';
import type { StoreHarness } from '../../src/testing/index.js';

/** The conformance harness of a memory store: its probe reads the store's committed maps. */
export function memoryHarness(store: MemoryStore): StoreHarness {
  return {
    store,
    probe: {
      read: async (entity, id) => {
        const record = store.peek(entity, id);
        return record ? { version: record['version'] as number, record: { ...record } } : null;
      },
      count: async (entity) => store.size(entity),
      auditEvents: async () => store.auditEvents(),
    },
  };
}
