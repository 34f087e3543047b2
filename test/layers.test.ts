import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules of src (eslint.config.js, run in CI by `npm run check:browser-safe`) and the import
// graph they govern. The map lives in the config; these tests hold the config to it and src to both.

interface Layer {
  readonly name: string;
  readonly path: string;
  readonly may: readonly string[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'src');
const toPosix = (path: string) => path.split(sep).join('/');

const config = (await import(pathToFileURL(join(root, 'eslint.config.js')).href)) as { layers: readonly Layer[]; deepestNesting: number };
const { layers, deepestNesting } = config;
const byName = new Map(layers.map((layer) => [layer.name, layer]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [toPosix(relative(srcDir, path))] : [];
  });
}

/** The layer of a file of src (its path from src), by the longest layer folder holding it. */
function layerOf(file: string): Layer | undefined {
  if (!file.includes('/')) return byName.get('root');
  return [...layers].filter((layer) => layer.path !== '' && file.startsWith(`${layer.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
}

/** The files of src each file imports (static, `export … from` and dynamic imports, types included). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(srcDir, file), 'utf8'), true, true);
    const targets: string[] = [];
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const path = toPosix(relative(srcDir, resolve(srcDir, dirname(file), fileName)));
      const candidate = [path.replace(/\.js$/, '.ts'), `${path}.ts`, `${path}/index.ts`].find((name) => known.has(name));
      if (candidate) targets.push(candidate);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** A cycle of a directed graph, as its nodes in order (the first repeated at the end), or `null`. */
function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (state.get(next) === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    if (state.get(node) === undefined) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return null;
}

const files = sourceFiles(srcDir);
const graph = importGraph(files);

/** The imports between layers that src really makes, each with one file that makes it. */
const layerEdges = new Map<string, Map<string, string>>();
for (const [file, targets] of graph) {
  const from = layerOf(file)!.name;
  for (const target of targets) {
    const to = layerOf(target)!.name;
    if (to === from) continue;
    const out = layerEdges.get(from) ?? new Map<string, string>();
    if (!out.has(to)) out.set(to, `${file} → ${target}`);
    layerEdges.set(from, out);
  }
}

describe('the layer map (eslint.config.js)', () => {
  it('gives every file of src one layer, at a depth the lint covers', () => {
    const outside = files.filter((file) => layerOf(file) === undefined);
    expect(outside, 'a folder of src without a layer: add it to `layers` in eslint.config.js').toEqual([]);
    const tooDeep = files.filter((file) => {
      const layer = layerOf(file)!;
      return layer.path !== '' && file.split('/').length - layer.path.split('/').length - 1 > deepestNesting;
    });
    expect(tooDeep, 'raise deepestNesting in eslint.config.js').toEqual([]);
  });

  it('lists each layer after every layer it may import, so no two layers can import each other', () => {
    layers.forEach((layer, i) => {
      for (const name of layer.may) expect(layers.findIndex((other) => other.name === name), `${layer.name} may import ${name}`).toBeLessThan(i);
    });
    const edges = new Map(layers.map((layer) => [layer.name, new Set(layer.may)]));
    expect(findCycle(edges)).toBeNull();
  });

  it('states the layers of SPEC §3: model → rules → actions → port → stores, reports through the port', () => {
    const may = (name: string) => new Set(byName.get(name)!.may);
    expect([...may('errors')]).toEqual([]);
    expect([...may('model')]).toEqual(['errors']);
    expect([...may('tree')].sort()).toEqual(['errors', 'model']);
    expect(may('rules').has('port') || may('rules').has('actions') || may('rules').has('reports')).toBe(false);
    expect(may('reports').has('actions')).toBe(false);
    expect(may('reports').has('port')).toBe(true);
    expect(may('actions').has('port')).toBe(true);
    for (const store of ['memory', 'postgres']) {
      expect(['actions', 'reports', 'testing', 'tree', 'cli', 'root'].filter((name) => may(store).has(name)), store).toEqual([]);
      expect(may('actions').has(store), `actions may not import ${store}`).toBe(false);
      expect(may('reports').has(store), `reports may not import ${store}`).toBe(false);
    }
    expect(layers.at(-1)!.name).toBe('cli');
  });
});

describe('src', () => {
  it('has no import cycle between folders', () => {
    const edges = new Map([...layerEdges].map(([from, out]) => [from, new Set(out.keys())]));
    const cycle = findCycle(edges);
    const example = cycle?.slice(1).map((to, i) => layerEdges.get(cycle[i]!)!.get(to));
    expect(cycle === null ? null : { cycle: cycle.join(' → '), imports: example }).toBeNull();
  });

  it('imports across folders only what the layer map allows', () => {
    const broken = [...layerEdges].flatMap(([from, out]) =>
      [...out].filter(([to]) => !byName.get(from)!.may.includes(to)).map(([to, example]) => `${from} → ${to} (${example})`),
    );
    expect(broken).toEqual([]);
  });

  it("never imports another folder's _internal/", () => {
    const owner = (file: string) => file.slice(0, file.lastIndexOf('/_internal/'));
    const broken = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => target.includes('/_internal/') && !file.startsWith(`${owner(target)}/`) && owner(target) !== '').map((target) => `${file} → ${target}`),
    );
    expect(broken).toEqual([]);
  });
});

describe('the lint', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  /** The `no-restricted-imports` messages for a file at `file` (from src) importing `target` (a file of src). */
  async function lintImport(file: string, target: string): Promise<string[]> {
    let specifier = toPosix(relative(dirname(join(srcDir, file)), join(srcDir, target))).replace(/\.ts$/, '.js');
    if (!specifier.startsWith('.')) specifier = `./${specifier}`;
    const [result] = await eslint.lintText(`import * as sample from '${specifier}';\nexport { sample };\n`, { filePath: join(srcDir, file) });
    return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
  }

  /** A real file of a layer, to import. */
  const fileOf = (layer: Layer) => files.find((file) => layerOf(file) === layer)!;

  /** Where a sample importer of a layer lies: in its folder, and one folder deeper. */
  const samplePlaces = (layer: Layer) => (layer.path === '' ? ['layerSample.ts'] : [`${layer.path}/layerSample.ts`, `${layer.path}/deeper/layerSample.ts`]);

  it('refuses exactly the imports the layer map forbids, from any depth of a folder', async () => {
    const wrong: string[] = [];
    for (const from of layers) {
      for (const to of layers) {
        if (to === from) continue;
        const allowed = from.may.includes(to.name);
        for (const place of samplePlaces(from)) {
          const messages = await lintImport(place, fileOf(to));
          const refused = messages.some((message) => message.includes('Layers: src/'));
          if (refused === allowed) wrong.push(`${place} → ${fileOf(to)}: ${refused ? 'refused' : 'allowed'}, the map says ${allowed ? 'allowed' : 'forbidden'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names the broken layer rule and what the folder may import', async () => {
    const messages = await lintImport('reports/builtIn/layerSample.ts', 'actions/createStaffcore.ts');
    expect(messages).toEqual([expect.stringContaining('src/reports may not import src/actions')]);
    expect(messages[0]).toContain('It may import: src/adapters/port, src/tree, src/rules, src/model, src/errors');
  });

  it("refuses another folder's _internal/ and allows a folder's own", async () => {
    const internal = "another folder's _internal/ is private to it";
    expect(await lintImport('reports/builtIn/layerSample.ts', 'actions/_internal/defineAction.ts')).toEqual(expect.arrayContaining([expect.stringContaining(internal)]));
    expect(await lintImport('actions/customers/layerSample.ts', 'adapters/_internal/cursor.ts')).toEqual(expect.arrayContaining([expect.stringContaining(internal)]));
    expect(await lintImport('layerSample.ts', 'actions/_internal/defineAction.ts')).toEqual(expect.arrayContaining([expect.stringContaining(internal)]));
    expect(await lintImport('adapters/memory/layerSample.ts', 'adapters/postgres/_internal/repository.ts')).toEqual(
      expect.arrayContaining([expect.stringContaining(internal)]),
    );
    expect(await lintImport('actions/customers/layerSample.ts', 'actions/_internal/defineAction.ts')).toEqual([]);
    expect(await lintImport('reports/builtIn/layerSample.ts', 'reports/_internal/membersOf.ts')).toEqual([]);
    expect(await lintImport('adapters/memory/_internal/layerSample.ts', 'adapters/_internal/cursor.ts')).toEqual([]);
    expect(await lintImport('rules/check/layerSample.ts', 'rules/_internal/' + files.find((file) => file.startsWith('rules/_internal/'))!.slice('rules/_internal/'.length))).toEqual([]);
  });

  it('still refuses a Node-only module in the browser-safe layers, and allows it in postgres and cli', async () => {
    const lint = async (file: string) => {
      const [result] = await eslint.lintText("import { readFileSync } from 'node:fs';\nexport { readFileSync };\n", { filePath: join(srcDir, file) });
      return result!.messages.map((message) => message.message);
    };
    expect(await lint('reports/layerSample.ts')).toEqual([expect.stringContaining('Node-only')]);
    expect(await lint('adapters/port/layerSample.ts')).toEqual([expect.stringContaining('Node-only')]);
    expect(await lint('adapters/postgres/layerSample.ts')).toEqual([]);
    expect(await lint('cli/layerSample.ts')).toEqual([]);
  });
});
