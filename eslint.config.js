// `npm run check:browser-safe`: the core (model, rules, tree, actions, errors, the store port and the
// memory store) runs in any JavaScript host, a browser included, so it must not reach for a Node-only
// API. Only the PostgreSQL store and the command line may; the conformance suite runs in a browser too. This is the only
// thing the lint checks; `npm run test:browser` runs the same code in Chromium as the second check.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const browserSafe = 'is Node-only; the core must also run in a browser (only src/adapters/postgres and src/cli may use Node APIs)';

const nodeGlobals = ['Buffer', 'process', 'require', 'module', 'exports', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate'];

export default defineConfig({
  files: ['src/**/*.ts'],
  ignores: ['src/adapters/postgres/**', 'src/cli/**'],
  languageOptions: { parser: tseslint.parser },
  linterOptions: { reportUnusedDisableDirectives: 'error' },
  rules: {
    'no-restricted-globals': ['error', ...nodeGlobals.map((name) => ({ name, message: `${name} ${browserSafe}.` }))],
    'no-restricted-properties': [
      'error',
      ...nodeGlobals.map((property) => ({ object: 'globalThis', property, message: `globalThis.${property} ${browserSafe}.` })),
    ],
    'no-restricted-imports': [
      'error',
      {
        paths: builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: `'${name}' ${browserSafe}.` })),
        patterns: [{ regex: '^node:', message: `A node: module ${browserSafe}.` }],
      },
    ],
  },
});
