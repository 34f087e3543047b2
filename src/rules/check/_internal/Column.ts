type Numbers = Uint8Array | Uint16Array | Uint32Array;

const pageBits = 16;
const pageSize = 1 << pageBits;
const pageMask = pageSize - 1;

/**
 * A growable column of small numbers, one per record, kept in fixed pages of typed arrays: it
 * grows a page at a time, never copies, and costs exactly its element size per record, so the
 * check's memory stays proportional to the record count with no doubling spikes.
 * @category Check
 */
export class Column {
  private readonly pages: Numbers[] = [];

  constructor(private readonly make: (length: number) => Numbers) {}

  get(index: number): number {
    const page = this.pages[index >>> pageBits];
    return page ? page[index & pageMask]! : 0;
  }

  set(index: number, value: number): void {
    let page = this.pages[index >>> pageBits];
    if (!page) {
      page = this.make(pageSize);
      this.pages[index >>> pageBits] = page;
    }
    page[index & pageMask] = value;
  }
}
