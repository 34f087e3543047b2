import type { Page } from '../../adapters/port/index.js';

/** Reads every page of a paged query: `read(after)` returns the page after the cursor `after`. */
export async function readAll<T>(read: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  do {
    const page: Page<T> = await read(after);
    out.push(...page.items);
    after = page.next;
  } while (after !== null);
  return out;
}
