import { defineConfig, type Options } from 'tsup';

/** The public entries, by output name: `.` and each subpath of package.json's `exports`. */
const entries = {
  index: 'src/index.ts',
  store: 'src/adapters/port/index.ts',
  'adapters/memory': 'src/adapters/memory/index.ts',
  'adapters/postgres': 'src/adapters/postgres/index.ts',
  testing: 'src/testing/index.ts',
  http: 'src/http/index.ts',
};

const shared = {
  target: 'node20',
  sourcemap: false,
  external: ['vitest', 'pg', '@electric-sql/pglite'],
} satisfies Options;

export default defineConfig([
  // ESM, one file per source module: with "sideEffects": false a host's bundler drops every
  // module the host does not use (and the dependencies only those modules import, such as
  // decimal.js), which statement-level tree shaking inside one bundled file cannot do.
  {
    ...shared,
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    clean: true,
  },
  // The ESM declarations, rolled up per entry.
  {
    ...shared,
    entry: entries,
    format: ['esm'],
    dts: { only: true },
  },
  // CommonJS with its declarations, bundled per entry: require() does not tree-shake.
  {
    ...shared,
    entry: entries,
    format: ['cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
  },
  {
    // The command line: each command a chunk of its own (main.ts imports them when they run), so
    // `staffcore check` loads only what checking needs.
    entry: { main: 'src/cli/main.ts' },
    outDir: 'dist/cli',
    format: ['esm'],
    splitting: true,
    treeshake: true,
    target: 'node20',
    sourcemap: false,
    // The command line bundles @actions/core's lib/command (CommonJS, a devDependency), whose
    // require('os') needs a require in this ES module.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cliRequire } from 'node:module';\nconst require = __cliRequire(import.meta.url);" },
  },
]);
