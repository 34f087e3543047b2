import type { Page } from '../../adapters/port/index.js';

/** Ids per `where` list: long lists (a tree's customer ids) are read in chunks. */
export const idChunk = 5000;

/** Reads every page of a paged query for every chunk of `ids`. */
export async function readAllFor<T>(ids: readonly string[], read: (chunk: readonly string[], after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; offset < ids.length; offset += idChunk) {
    const chunk = ids.slice(offset, offset + idChunk);
    let after: string | null = null;
    do {
      const page: Page<T> = await read(chunk, after);
      out.push(...page.items);
      after = page.next;
    } while (after !== null);
  }
  return out;
}

/** Yields every record of a paged query for every chunk of `ids`, one page in memory at a time. */
export async function* eachFor<T>(ids: readonly string[], read: (chunk: readonly string[], after: string | null) => Promise<Page<T>>): AsyncGenerator<T> {
  for (let offset = 0; offset < ids.length; offset += idChunk) {
    const chunk = ids.slice(offset, offset + idChunk);
    let after: string | null = null;
    do {
      const page: Page<T> = await read(chunk, after);
      yield* page.items;
      after = page.next;
    } while (after !== null);
  }
}

/** Yields every record of a paged query, one page in memory at a time. */
export async function* eachOf<T>(read: (after: string | null) => Promise<Page<T>>): AsyncGenerator<T> {
  let after: string | null = null;
  do {
    const page: Page<T> = await read(after);
    yield* page.items;
    after = page.next;
  } while (after !== null);
}
