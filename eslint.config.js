// `npm run check:browser-safe`: the core (model, rules, tree, actions, errors, the store port and the
// memory store) runs in any JavaScript host, a browser included, so it must not reach for a Node-only
// API. Only the PostgreSQL store and the command line may; the conformance suite runs in a browser too.
// `npm run test:browser` runs the same code in Chromium as the second check. The lint also keeps zod
// imported as a namespace, which the bundle budgets depend on.
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
    // zod's advice for small bundles: a namespace import; `import { z }` keeps all of zod (locales included) in a host's bundle
    'no-restricted-syntax': [
      'error',
      {
        selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z']",
        message: "Write import * as z from 'zod': the named import defeats tree shaking (the budgets in .size-limit.cjs).",
      },
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
