import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      store: 'src/adapters/port/index.ts',
      'adapters/memory': 'src/adapters/memory/index.ts',
      'adapters/postgres': 'src/adapters/postgres/index.ts',
      testing: 'src/testing/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
    splitting: true,
    treeshake: true,
    external: ['vitest', 'pg', '@electric-sql/pglite'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
