import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Examples import the package by name, as a host app would; tests run them against the sources.
    alias: [
      { find: /^staffcore\/adapters\/memory$/, replacement: src('adapters/memory/index.ts') },
      { find: /^staffcore\/adapters\/postgres$/, replacement: src('adapters/postgres/index.ts') },
      { find: /^staffcore\/testing$/, replacement: src('testing/index.ts') },
      { find: /^staffcore$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
