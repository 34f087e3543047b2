import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../src/cli/import/progressBar.js';

const sink = () => {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString());
      done();
    },
  });
  return { stream, writes };
};

describe('progressBar', () => {
  it('redraws one line in place with rows, percentage, rate and ETA, at most every 200 ms, and clears it', () => {
    const { stream, writes } = sink();
    let now = 0;
    const bar = progressBar(stream, true, () => now);
    now = 1000;
    bar.update(2500, 0.25);
    now = 1100;
    bar.update(2600, 0.26);
    now = 2000;
    bar.update(5000, 0.5);
    bar.clear();
    expect(writes).toEqual([
      '\r\u001b[Kstaffcore import: 2,500 / ~10,000 rows   25%  2,500 rows/s  ETA 0:03',
      '\r\u001b[Kstaffcore import: 5,000 / ~10,000 rows   50%  2,500 rows/s  ETA 0:02',
      '\r\u001b[K',
    ]);
  });

  it('shows rows and rate only when the size is unknown (standard input)', () => {
    const { stream, writes } = sink();
    let now = 0;
    const bar = progressBar(stream, true, () => now);
    now = 500;
    bar.update(1000, null);
    expect(writes).toEqual(['\r\u001b[Kstaffcore import: 1,000 rows  2,000 rows/s']);
  });

  it('draws nothing when not enabled (not a terminal, CI, --quiet)', () => {
    const { stream, writes } = sink();
    const bar = progressBar(stream, false);
    bar.update(10, 0.5);
    bar.clear();
    expect(writes).toEqual([]);
  });
});
