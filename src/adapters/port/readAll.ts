import type { Page } from './Repository.js';

/** Reads one page after the cursor `after`. */
type PageReader<T> = (after: string | null) => Promise<Page<T>>;

/** Reads one page of the records of a chunk of ids (a long `where` list is read in chunks). */
type ChunkReader<T> = (chunk: readonly string[], after: string | null) => Promise<Page<T>>;

/** Ids per `where` list: long lists (a tree's customer ids) are read in chunks. */
export const idChunk = 5000;

/** Yields every record of a paged query, one page in memory at a time. */
export async function* eachOf<T>(read: PageReader<T>): AsyncGenerator<T> {
  let after: string | null = null;
  do {
    const page: Page<T> = await read(after);
    yield* page.items;
    after = page.next;
  } while (after !== null);
}

/** Yields every record of a paged query for every chunk of `ids` (of `chunkSize` ids), one page in memory at a time. */
export async function* eachFor<T>(ids: readonly string[], read: ChunkReader<T>, chunkSize = idChunk): AsyncGenerator<T> {
  for (let offset = 0; offset < ids.length; offset += chunkSize) {
    const chunk = ids.slice(offset, offset + chunkSize);
    yield* eachOf((after) => read(chunk, after));
  }
}

async function collect<T>(records: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const record of records) out.push(record);
  return out;
}

/** Reads every page of a paged query: `read(after)` returns the page after the cursor `after`. */
export const readAll = <T>(read: PageReader<T>): Promise<T[]> => collect(eachOf(read));

/** Reads every page of a paged query for every chunk of `ids` (of `chunkSize` ids). */
export const readAllFor = <T>(ids: readonly string[], read: ChunkReader<T>, chunkSize = idChunk): Promise<T[]> => collect(eachFor(ids, read, chunkSize));
