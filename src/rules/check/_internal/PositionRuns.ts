/**
 * Where each record of the dataset check was read (its line, or its position), by place, in far
 * less than 4 bytes a record: places are handed out in reading order, so a record's position is
 * its place plus an offset that changes only now and then (a header, a blank line, a record
 * spread over lines, a skipped or repeated record). The offsets are kept as runs; a place that
 * was handed out before its record was read (a parent named by a department that came first) is
 * kept apart.
 * @category Check
 */
export class PositionRuns {
  private starts = new Uint32Array(64);
  private offsets = new Int32Array(64);
  private runs = 0;
  private readonly late = new Map<number, number>();

  /** Records the position of the record at a place handed out just now (places in increasing order). */
  append(place: number, position: number): void {
    const offset = position - place;
    if (this.runs > 0 && this.offsets[this.runs - 1] === offset) return;
    if (this.runs === this.starts.length) {
      const starts = new Uint32Array(this.runs * 2);
      starts.set(this.starts);
      this.starts = starts;
      const offsets = new Int32Array(this.runs * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    this.starts[this.runs] = place;
    this.offsets[this.runs] = offset;
    this.runs++;
  }

  /** Records the position of a record whose place was handed out earlier. */
  setLate(place: number, position: number): void {
    this.late.set(place, position);
  }

  /** The position of the record at a place. */
  get(place: number): number {
    const late = this.late.get(place);
    if (late !== undefined) return late;
    let low = 0;
    let high = this.runs - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.starts[middle]! <= place) low = middle;
      else high = middle - 1;
    }
    return place + (this.offsets[low] ?? 0);
  }
}
