/** Naive reference computations over a plain parent map, for the tree properties. */
import fc from 'fast-check';
import type { TreeLink } from '../../src/index.js';

/** A parent map of the links. */
export const parentMap = (links: readonly TreeLink[]): Map<string, string | null> => new Map(links.map((l) => [l.id, l.parentId]));

/** Ancestors nearest first, by following parents. */
export function naiveAncestors(parents: ReadonlyMap<string, string | null>, id: string): string[] {
  const out: string[] = [];
  for (let p = parents.get(id) ?? null; p !== null; p = parents.get(p) ?? null) out.push(p);
  return out;
}

/** Whether `id` is `of` or lies below it, by following parents. */
export function naiveWithin(parents: ReadonlyMap<string, string | null>, id: string, of: string): boolean {
  return id === of || naiveAncestors(parents, id).includes(of);
}

/** A record and its descendants in pre-order, children in link order, by an explicit stack. */
export function naiveSubtree(links: readonly TreeLink[], id: string): string[] {
  const children = new Map<string, string[]>();
  for (const l of links) if (l.parentId !== null) children.set(l.parentId, [...(children.get(l.parentId) ?? []), l.id]);
  const out: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    out.push(next);
    stack.push(...(children.get(next) ?? []).slice().reverse());
  }
  return out;
}

/**
 * Random forests of up to `max` records, listed in a shuffled order: record i's parent is a
 * lower-numbered record or none.
 */
export const forests = (max = 60) =>
  fc
    .array(fc.tuple(fc.option(fc.nat(), { nil: null, freq: 4 }), fc.nat()), { minLength: 1, maxLength: max })
    .map((rows) => {
      const links = rows.map(([p, _], i): TreeLink => ({ id: `n${i}`, parentId: p === null || i === 0 ? null : `n${p % i}` }));
      const keys = rows.map(([, k]) => k);
      return links.map((l, i) => [keys[i]!, i, l] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , l]) => l);
    });
