import { memoryStore, type MemoryStore } from 'staffcore/adapters/memory';
import { runStoreConformance, type StoreHarness } from 'staffcore/testing';

function harness(store: MemoryStore): StoreHarness {
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

// The store conformance suite, in Chromium: the memory store is the embedded default in a browser too.
runStoreConformance('memory store in Chromium', {
  makeStore: () => harness(memoryStore()),
});
