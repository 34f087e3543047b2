import { memoryStore } from 'staffcore/adapters/memory';
import { runStoreConformance } from 'staffcore/testing';
import { memoryHarness } from '../helpers/memoryHarness.js';

// The store conformance suite, in Chromium: the memory store is the embedded default in a browser too.
runStoreConformance('memory store in Chromium', {
  makeStore: () => memoryHarness(memoryStore()),
});
