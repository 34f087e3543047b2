/**
 * The customer-tree benchmarks (issue #9, 1–3), pure and in memory: `npm run bench -- trees`.
 *
 * 11. Building the TreeIndex of a 1,000,000-record forest vs one naive walk over a parent→children map.
 * 13. 10,000 moves in that tree (89 % leaves, 10 % subtrees of 1,000–50,000, 1 % refused cycles)
 *     vs moving in a nested set (renumbering every row the move shifts), and the same leaf moves
 *     in the tree alone vs inside the 1M forest.
 */
import { MutableForest, TreeIndex, type TreeLink } from '../src/index.js';
import { printTable } from './measure.js';

/** A small deterministic generator (mulberry32), so every run measures the same forest. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Shape {
  links: TreeLink[];
  /** Ids by depth, relative to the generated root (0 = the root). */
  levels: string[][];
}

/** A tree of `size` records below `rootId` (included) whose levels grow by half each, `maxDepth` deep. */
function levelTree(rootId: string, parentId: string | null, size: number, maxDepth: number, rng: () => number, prefix: string): Shape {
  const levels: string[][] = [[rootId]];
  const links: TreeLink[] = [{ id: rootId, parentId }];
  const weights = Array.from({ length: maxDepth }, (_, k) => 1.5 ** k);
  const total = weights.reduce((a, b) => a + b, 0);
  let left = size - 1;
  let counter = 0;
  for (let k = 1; k <= maxDepth && left > 0; k++) {
    const count = k === maxDepth ? left : Math.min(left, Math.max(1, Math.round(((size - 1) * weights[k - 1]!) / total)));
    const above = levels[k - 1]!;
    const level: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = `${prefix}${counter++}`;
      level.push(id);
      links.push({ id, parentId: above[Math.floor(rng() * above.length)]! });
    }
    levels.push(level);
    left -= count;
  }
  return { links, levels };
}

interface BigTree {
  links: TreeLink[];
  rootId: string;
  departments: string[];
  /** The depth-2 records heading subtrees of 1,000–50,000 records, with their current parent. */
  bigs: { id: string; parentId: string; size: number; deep: string[] }[];
  /** Depth-11 and depth-12 records. */
  depth11: string[];
  depth12: string[];
}

/** The 200,000-record tree: a root, 4 departments, then depth-2 subtrees of 1,000–50,000 records, 12 deep. */
function bigTree(size: number, rng: () => number): BigTree {
  const rootId = 'big';
  const departments = ['big-d0', 'big-d1', 'big-d2', 'big-d3'];
  const links: TreeLink[] = [{ id: rootId, parentId: null }, ...departments.map((id) => ({ id, parentId: rootId }))];
  const bigs: BigTree['bigs'] = [];
  const depth11: string[] = [];
  const depth12: string[] = [];
  let left = size - links.length;
  for (let b = 0; left > 0; b++) {
    let subtree = Math.min(left, 1000 + Math.floor(rng() * 49_000));
    if (left - subtree < 1000) subtree = left;
    const parentId = departments[b % departments.length]!;
    const shape = levelTree(`big-b${b}`, parentId, subtree, 10, rng, `big-b${b}-`);
    links.push(...shape.links);
    depth11.push(...(shape.levels[9] ?? []));
    depth12.push(...(shape.levels[10] ?? []));
    bigs.push({ id: `big-b${b}`, parentId, size: subtree, deep: shape.levels[9] ?? [] });
    left -= subtree;
  }
  return { links, rootId, departments, bigs, depth11, depth12 };
}

/** 9,999 more roots with 800,000 records between them, 12 deep. */
function smallTrees(count: number, records: number, rng: () => number): TreeLink[] {
  const links: TreeLink[] = [];
  let left = records;
  for (let t = 0; t < count; t++) {
    const size = t === count - 1 ? left : Math.max(1, Math.min(left - (count - 1 - t), Math.round((records / count) * (0.5 + rng()))));
    links.push(...levelTree(`s${t}`, null, size, 12, rng, `s${t}-`).links);
    left -= size;
  }
  return links;
}

const best = (times: readonly number[]) => Math.min(...times);
const fmt = (millis: number) => (millis >= 100 ? `${Math.round(millis).toLocaleString('en-US')} ms` : millis >= 1 ? `${millis.toFixed(1)} ms` : `${(millis * 1000).toFixed(2)} µs`);
const ratio = (value: number) => `${value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2)}×`;

function timeIt(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The naive baseline of (10): a parent→children map, then one walk from the roots over it. */
function naiveWalk(links: readonly TreeLink[]): number {
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const { id, parentId } of links) {
    if (parentId === null) roots.push(id);
    else {
      const list = children.get(parentId);
      if (list) list.push(id);
      else children.set(parentId, [id]);
    }
  }
  let visited = 0;
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    visited++;
    const kids = children.get(id);
    if (kids) for (const kid of kids) stack.push(kid);
  }
  return visited;
}

/** A nested set of one tree (the baseline of 12): left and right numbers, moved the way SQL peers do. */
class NestedSet {
  readonly lft: Int32Array;
  readonly rgt: Int32Array;
  readonly parent: Int32Array;
  readonly number = new Map<string, number>();

  constructor(links: readonly TreeLink[]) {
    links.forEach((l, i) => this.number.set(l.id, i));
    const n = links.length;
    this.lft = new Int32Array(n);
    this.rgt = new Int32Array(n);
    this.parent = Int32Array.from(links, (l) => (l.parentId === null ? -1 : this.number.get(l.parentId)!));
    const children: number[][] = Array.from({ length: n }, () => []);
    this.parent.forEach((p, i) => p >= 0 && children[p]!.push(i));
    let counter = 1;
    const stack: [number, boolean][] = [[0, false]];
    while (stack.length > 0) {
      const [v, closing] = stack.pop()!;
      if (closing) {
        this.rgt[v] = counter++;
        continue;
      }
      this.lft[v] = counter++;
      stack.push([v, true]);
      const kids = children[v]!;
      for (let c = kids.length - 1; c >= 0; c--) stack.push([kids[c]!, false]);
    }
  }

  /** Moves x to be p's last child, shifting every number between; refuses a cycle. */
  move(id: string, parentId: string): boolean {
    const x = this.number.get(id)!;
    const p = this.number.get(parentId)!;
    const { lft, rgt } = this;
    const a = lft[x]!;
    const b = rgt[x]!;
    if (a <= lft[p]! && rgt[p]! <= b) return false;
    const w = b - a + 1;
    const t = rgt[p]!;
    const n = lft.length;
    if (t > b) {
      const d = t - 1 - b;
      for (let k = 0; k < n; k++) {
        const l = lft[k]!;
        const r = rgt[k]!;
        if (l >= a && r <= b) {
          lft[k] = l + d;
          rgt[k] = r + d;
        } else {
          if (l > b && l < t) lft[k] = l - w;
          if (r > b && r < t) rgt[k] = r - w;
        }
      }
    } else {
      const d = t - a;
      for (let k = 0; k < n; k++) {
        const l = lft[k]!;
        const r = rgt[k]!;
        if (l >= a && r <= b) {
          lft[k] = l + d;
          rgt[k] = r + d;
        } else {
          if (l >= t && l < a) lft[k] = l + w;
          if (r >= t && r < a) rgt[k] = r + w;
        }
      }
    }
    this.parent[x] = p;
    return true;
  }
}

type MoveKind = 'leaf' | 'subtree' | 'cycle';

/** Runs the three tree benchmarks and prints their tables. */
export async function benchTrees(): Promise<void> {
  const rng = random(9);
  const big = bigTree(200_000, rng);
  const forest = [...big.links, ...smallTrees(9_999, 800_000, rng)];

  // ---- 10. Building the index ----
  const build: number[] = [];
  const walk: number[] = [];
  for (let round = 0; round < 5; round++) {
    walk.push(timeIt(() => naiveWalk(forest)));
    build.push(timeIt(() => TreeIndex.from(forest)));
  }
  const index = TreeIndex.from(forest);
  const maxDepth = forest.reduce((deepest, l) => Math.max(deepest, index.depth(l.id)!), 0);
  printTable(
    `11. Building the TreeIndex of a ${forest.length.toLocaleString('en-US')}-record forest (${index.roots().length.toLocaleString('en-US')} roots, one of ${big.links.length.toLocaleString('en-US')} records, depth ≤ ${maxDepth}; best of 5)\n` +
      '    baseline = build a parent→children Map from the same records and walk it once from the roots — ratio = index / baseline (target ≤ 2×)',
    ['workload', 'TreeIndex.from', 'naive map + walk', 'ratio'],
    [['1M forest', fmt(best(build)), fmt(best(walk)), ratio(best(build) / best(walk))]],
  );

  // ---- 12. Moves ----
  const leafMoves = 8_900;
  const subtreeMoves = 1_000;
  const cycleMoves = 100;
  const bigParents = new Map(big.bigs.map((b) => [b.id, b.parentId]));
  const eligible = big.bigs.filter((b) => b.size >= 1000 && b.size <= 50_000);
  const moves: { kind: MoveKind; id: string; to: string }[] = [];
  for (let i = 0; i < leafMoves; i++) moves.push({ kind: 'leaf', id: big.depth12[Math.floor(rng() * big.depth12.length)]!, to: big.depth11[Math.floor(rng() * big.depth11.length)]! });
  for (let i = 0; i < subtreeMoves; i++) {
    const b = eligible[Math.floor(rng() * eligible.length)]!;
    const current = bigParents.get(b.id)!;
    const to = big.departments.filter((d) => d !== current)[Math.floor(rng() * 3)]!;
    bigParents.set(b.id, to);
    moves.push({ kind: 'subtree', id: b.id, to });
  }
  for (let i = 0; i < cycleMoves; i++) {
    const b = eligible[Math.floor(rng() * eligible.length)]!;
    moves.push({ kind: 'cycle', id: b.id, to: b.deep[Math.floor(rng() * b.deep.length)]! });
  }
  const kinds: MoveKind[] = ['leaf', 'subtree', 'cycle'];
  const counts = { leaf: leafMoves, subtree: subtreeMoves, cycle: cycleMoves };

  // Ours: each kind as one batch (moves of a kind never depend on the others' order), on a fresh forest per round.
  const runMoves = (links: readonly TreeLink[], only?: MoveKind) => {
    const perKind = { leaf: Infinity, subtree: Infinity, cycle: Infinity };
    let refused = 0;
    for (let round = 0; round < 5; round++) {
      const mutable = MutableForest.from(links);
      refused = 0;
      for (const kind of only ? [only] : kinds) {
        const batch = moves.filter((m) => m.kind === kind);
        const start = performance.now();
        for (const m of batch) if (!mutable.move(m.id, m.to).moved) refused++;
        perKind[kind] = Math.min(perKind[kind], (performance.now() - start) / batch.length);
      }
    }
    return { perKind, refused };
  };
  const inForest = runMoves(forest);
  const alone = runMoves(big.links, 'leaf');

  // The nested set of the big tree alone (per-tree numbering, the cheaper layout for it), one pass in sequence order.
  const nested = new NestedSet(big.links);
  const nestedPerKind = { leaf: 0, subtree: 0, cycle: 0 };
  let nestedRefused = 0;
  for (const m of moves) {
    const start = performance.now();
    if (!nested.move(m.id, m.to)) nestedRefused++;
    nestedPerKind[m.kind] += performance.now() - start;
  }
  printTable(
    `13. ${moves.length.toLocaleString('en-US')} moves in the ${big.links.length.toLocaleString('en-US')}-record tree held in the 1M forest: ${leafMoves.toLocaleString('en-US')} leaves, ${subtreeMoves.toLocaleString('en-US')} subtrees of 1,000–50,000 records, ${cycleMoves} that would make a cycle (MutableForest best of 5)\n` +
      `    refused: MutableForest ${inForest.refused}, nested set ${nestedRefused} (expected ${cycleMoves})\n` +
      '    baseline = a nested set of that tree alone, every left/right number the move shifts rewritten (one pass) — ratio = nested set / MutableForest (target for leaves ≥ 1,000×)',
    ['move', 'MutableForest', 'nested set', 'ratio'],
    kinds.map((kind) => [kind, fmt(inForest.perKind[kind]), fmt(nestedPerKind[kind] / counts[kind]), ratio(nestedPerKind[kind] / counts[kind] / inForest.perKind[kind])]),
  );
  printTable(
    '    the same leaf moves in the tree alone vs inside the 1M forest (best of 5) — ratio = in forest / alone (target ≤ 1.2×)',
    ['move', `tree alone (${big.links.length.toLocaleString('en-US')})`, `in forest (${forest.length.toLocaleString('en-US')})`, 'ratio'],
    [['leaf', fmt(alone.perKind.leaf), fmt(inForest.perKind.leaf), ratio(inForest.perKind.leaf / alone.perKind.leaf)]],
  );
}
