/**
 * `staffcore check` on generated exports of 1,000,000 customers (NDJSON and CSV, written to a temp
 * dir, removed after), each beside its baselines from the same run on the same file:
 * A = parse only, with the same reader (line splitter + JSON.parse; csv-parse + the row mapping);
 * B = A plus a bare zod `Customer.safeParse` of each record;
 * check = the same reader through `checkEntries`, every rule on.
 * Peak memory: the check end to end in a child process (RSS sampled every 20 ms), at 1M and 5M records.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Customer, checkEntries } from '../src/index.js';
import { readRecords, type InputFormat } from '../src/cli/check/read/readRecords.js';
import { writeCsv, writeNdjson } from './checkData.js';
import { ms, perSecond, printTable } from './measure.js';

const million = 1_000_000;
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const memoryChild = fileURLToPath(new URL('./checkMemory.ts', import.meta.url));
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function timed(work: () => Promise<number>): Promise<{ millis: number; count: number }> {
  const start = performance.now();
  const count = await work();
  return { millis: performance.now() - start, count };
}

const parseOnly = (file: string, format: InputFormat) => async () => {
  let n = 0;
  for await (const entry of readRecords(file, format, true)) if (entry.record !== undefined) n++;
  return n;
};
const parseAndZod = (file: string, format: InputFormat) => async () => {
  let valid = 0;
  for await (const entry of readRecords(file, format, true)) if (Customer.safeParse(entry.record).success) valid++;
  return valid;
};
const endToEnd = (file: string, format: InputFormat) => async () => {
  let findings = 0;
  for await (const finding of checkEntries(readRecords(file, format, true))) if (finding) findings++;
  return findings;
};

function peakMemory(file: string, format: InputFormat): { peakRss: number; records: number; seconds: number } {
  const run = spawnSync(tsx, [memoryChild, file, format], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`memory child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as { peakRss: number; records: number; seconds: number };
}

/** Runs the check benchmarks and prints their two tables. */
export async function benchCheck(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'staffcore-bench-check-'));
  try {
    const files: [InputFormat, string, (path: string, count: number) => Promise<void>][] = [
      ['ndjson', join(dir, 'customers.ndjson'), writeNdjson],
      ['csv', join(dir, 'customers.csv'), writeCsv],
    ];
    const rows: string[][] = [];
    for (const [format, file, write] of files) {
      await write(file, million);
      await timed(parseOnly(file, format)); // warm-up: the file in the page cache, the code compiled
      const a = await timed(parseOnly(file, format));
      const b = await timed(parseAndZod(file, format));
      const c = await timed(endToEnd(file, format));
      rows.push([
        `${format} (${mb(statSync(file).size)})`,
        `${ms(a.millis)} (${perSecond(million, a.millis)})`,
        `${ms(b.millis)} (${perSecond(million, b.millis)})`,
        `${ms(c.millis)} (${perSecond(million, c.millis)})`,
        `${(b.millis / c.millis).toFixed(2)}×`,
        `${(a.millis / c.millis).toFixed(2)}×`,
        String(c.count),
      ]);
    }
    printTable(
      `14. staffcore check on ${million.toLocaleString('en-US')} generated customers — ratio = check throughput / baseline throughput (target ≥ 0.70× of parse + zod)\n` +
        '    A = parse only with the same reader; B = A + bare Customer.safeParse; check = the same reader through checkEntries, every rule on',
      ['input', 'A: parse', 'B: parse + zod', 'check', 'vs B', 'vs A', 'findings'],
      rows,
    );

    const memoryRows: string[][] = [];
    for (const count of [million, 5 * million]) {
      for (const [format, file, write] of files) {
        await write(file, count);
        const m = peakMemory(file, format);
        memoryRows.push([`${format}, ${count.toLocaleString('en-US')} records (${mb(statSync(file).size)})`, mb(m.peakRss), `${m.seconds.toFixed(1)} s`, String(m.records)]);
      }
    }
    printTable('15. staffcore check peak memory, end to end in a child process (RSS sampled every 20 ms; target ≤ 256 MB at 1M and 5M)', ['input', 'peak RSS', 'time', 'records'], memoryRows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
