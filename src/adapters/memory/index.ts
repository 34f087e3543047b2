export { memoryStore } from './memoryStore.js';
export type { MemoryStore } from './memoryStore.js';
