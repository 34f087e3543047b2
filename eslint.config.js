// `npm run check:browser-safe` (CI: .ci/run) lints src with this file. It holds three kinds of rules.
//
// 1. Browser-safe: the core (model, rules, tree, actions, errors, the store port and the memory store)
//    runs in any JavaScript host, a browser included, so it must not reach for a Node-only API. Only
//    the PostgreSQL store and the command line may; the conformance suite runs in a browser too.
//    `npm run test:browser` runs the same code in Chromium as the second check.
// 2. zod is imported as a namespace, which the bundle budgets depend on.
// 3. Layers: each folder of src imports only the folders below it (the map in `layers`), and no
//    folder imports another folder's `_internal/`. The map has no cycle, so no two folders can import
//    each other; test/layers.test.ts checks that the map is acyclic, that every folder of src has a
//    layer, that the linter refuses exactly the imports the map forbids, and that src's real import
//    graph between folders has no cycle.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const browserSafe = 'is Node-only; the core must also run in a browser (only src/adapters/postgres and src/cli may use Node APIs)';

const nodeGlobals = ['Buffer', 'process', 'require', 'module', 'exports', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate'];

// The layer map, lowest first. Data flows one way (SPEC §3): input → model → rules → actions → the
// store port → the stores; reports read through the port and the rules.
//
//   errors                          nothing of staffcore
//   model                           errors
//   tree                            model, errors                      (pure: no store, no rules)
//   rules                           tree, model, errors                (pure)
//   adapters/port                   rules, model, errors               (the port and what every reader of it shares)
//   adapters/_internal              port, rules, model, errors         (what both bundled stores share)
//   adapters/memory | postgres      adapters/_internal, port, rules, model, errors
//   reports                         port, tree, rules, model, errors   (never actions, never a store)
//   actions                         reports, port, tree, rules, model, errors
//   testing                         port, rules, model, errors         (the conformance suite tests any store)
//   http                            actions and below (an entry of its own: staffcore/http)
//   src/*.ts (the package root)     every layer but the stores, testing, http and cli (those are entries of their own)
//   cli                             everything
//
// `path` is the folder under src ('' for the files directly in src); `may` lists the layers it may import.
/** @type {readonly { name: string, path: string, may: readonly string[], why: string }[]} */
export const layers = [
  { name: 'errors', path: 'errors', may: [], why: 'errors are the bottom layer' },
  { name: 'model', path: 'model', may: ['errors'], why: 'the schemas depend on nothing but errors' },
  { name: 'tree', path: 'tree', may: ['model', 'errors'], why: 'trees are pure data structures over the model' },
  { name: 'rules', path: 'rules', may: ['tree', 'model', 'errors'], why: 'rules are pure: no store, no action' },
  { name: 'port', path: 'adapters/port', may: ['rules', 'model', 'errors'], why: 'the port sits below actions, reports and stores' },
  { name: 'adapters/_internal', path: 'adapters/_internal', may: ['port', 'rules', 'model', 'errors'], why: 'what the bundled stores share implements the port only' },
  { name: 'memory', path: 'adapters/memory', may: ['adapters/_internal', 'port', 'rules', 'model', 'errors'], why: 'a store implements the port and imports no action, report or other store' },
  { name: 'postgres', path: 'adapters/postgres', may: ['adapters/_internal', 'port', 'rules', 'model', 'errors'], why: 'a store implements the port and imports no action, report or other store' },
  { name: 'reports', path: 'reports', may: ['port', 'tree', 'rules', 'model', 'errors'], why: 'reports read through the port and the rules, never through actions or a store' },
  { name: 'actions', path: 'actions', may: ['reports', 'port', 'tree', 'rules', 'model', 'errors'], why: 'actions reach a store only through the port' },
  { name: 'testing', path: 'testing', may: ['port', 'rules', 'model', 'errors'], why: 'the conformance suite tests any store through the port' },
  { name: 'http', path: 'http', may: ['actions', 'reports', 'port', 'tree', 'rules', 'model', 'errors'], why: 'the HTTP layer serves actions through createStaffcore, and is an entry of its own (staffcore/http)' },
  {
    name: 'root',
    path: '',
    may: ['actions', 'reports', 'port', 'tree', 'rules', 'model', 'errors'],
    why: 'the root entry must not load a store, the conformance suite or the command line (each is an entry of its own)',
  },
  { name: 'cli', path: 'cli', may: ['root', 'http', 'actions', 'reports', 'testing', 'memory', 'postgres', 'adapters/_internal', 'port', 'tree', 'rules', 'model', 'errors'], why: 'the command line uses everything' },
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How many folders below its layer's folder a file of src may lie (src/cli/check/format/x.ts is 2); test/layers.test.ts holds src to it. */
export const deepestNesting = 5;

/**
 * The patterns that keep the files of a layer `nesting` folders below the layer's folder to the
 * layers below it. A relative import resolves by its count of `../`: with the file's depth known, each
 * count names one folder it climbs to, and the rest of the path names a layer from there
 * (`../../actions/…` from src/reports/builtIn, `../port/…` from src/adapters/memory, `./actions/…` from
 * src/index.ts). Climbs that stay inside the file's own layer are left alone.
 */
function layerPatterns(layer, nesting) {
  const own = layer.path === '' ? [] : layer.path.split('/');
  const allowed = new Set([layer.name, ...layer.may]);
  const patterns = [];
  for (const other of layers.filter((candidate) => !allowed.has(candidate.name))) {
    const target = other.path === '' ? [] : other.path.split('/');
    const alternatives = [];
    for (let up = nesting + 1; up <= nesting + own.length; up++) {
      const reached = own.slice(0, own.length - (up - nesting));
      if (reached.some((part, i) => target[i] !== part)) continue;
      const rest = target.slice(reached.length).join('/');
      // The root layer is the files directly in src: from src itself an import of it names a file.
      alternatives.push(`(?:\\.\\./){${up}}${rest === '' ? '[^/]+$' : `${escape(rest)}(?:/|$)`}`);
    }
    if (layer.path === '' && other.path !== '') alternatives.push(`\\./${escape(other.path)}(?:/|$)`);
    if (alternatives.length === 0) continue;
    patterns.push({
      regex: `^(?:${alternatives.join('|')})`,
      message: `Layers: src/${layer.path || '*.ts'} may not import src/${other.path || '*.ts'} (${layer.why}). It may import: ${layer.may.map((name) => `src/${byName.get(name).path || '*.ts'}`).join(', ') || 'nothing of staffcore'}. See the layer map in eslint.config.js.`,
    });
  }
  return patterns;
}

const byName = new Map(layers.map((layer) => [layer.name, layer]));

// A folder's `_internal/` is its own: reaching one through a named folder (`../../actions/_internal/…`,
// `./memory/_internal/…`) leaves the folder that owns it. Only `_internal/` right after the leading
// `./` or `../` segments, the one of the importing file's own folder or one above it, may be imported.
const internalPattern = {
  regex: '^(?:\\.\\.?/)+(?:[^./][^/]*/)+_internal(?:/|$)',
  message: "Layers: another folder's _internal/ is private to it; move what both need to a layer both may import (e.g. src/adapters/port).",
};

const nodeImports = {
  paths: builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: `'${name}' ${browserSafe}.` })),
  patterns: [{ regex: '^node:', message: `A node: module ${browserSafe}.` }],
};

const nodeLayers = new Set(['postgres', 'cli']);

export default defineConfig(
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/postgres/**', 'src/cli/**'],
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
    },
  },
  // One block per layer and depth (a file matches exactly one): `no-restricted-imports` holds the
  // layer's patterns, the `_internal` rule and, for the browser-safe layers, the Node-only modules.
  ...layers.flatMap((layer) =>
    Array.from({ length: layer.path === '' ? 1 : deepestNesting + 1 }, (_, nesting) => ({
      files: [layer.path === '' ? 'src/*.ts' : `src/${layer.path}/${'*/'.repeat(nesting)}*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: nodeLayers.has(layer.name) ? [] : nodeImports.paths,
            patterns: [...(nodeLayers.has(layer.name) ? [] : nodeImports.patterns), internalPattern, ...layerPatterns(layer, nesting)],
          },
        ],
      },
    })),
  ),
);

// Every layer named in a `may` list exists: a typo would silently allow nothing.
for (const layer of layers) for (const name of layer.may) if (!byName.has(name)) throw new Error(`eslint.config.js: layer ${layer.name} may import an unknown layer ${name}`);
