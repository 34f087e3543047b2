/**
 * `staffcore check` on generated exports of 1,000,000 customers (NDJSON and CSV, written to a temp
 * dir, removed after), each beside its baselines from the same run on the same file:
 * A = parse only, with the same reader (line splitter + JSON.parse; csv-parse + the row mapping);
 * B = A plus a bare zod `Customer.safeParse` of each record;
 * check = the same reader through `checkEntries`, every rule on.
 * Peak memory: the built command itself (`node dist/cli/main.js check`, built first) in a process of
 * its own, its peak resident set (the kernel's high-water mark, VmHWM) at 1M and 5M records, in each
 * input format and, at 1M, in each report format.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Customer, checkEntries } from '../src/index.js';
import { readRecords, type InputFormat } from '../src/cli/check/read/readRecords.js';
import { writeCsv, writeJsonArray, writeNdjson } from './checkData.js';
import { ms, perSecond, printTable } from './measure.js';

const million = 1_000_000;
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
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

/** The peak resident set of a process so far, from the kernel (VmHWM), in bytes; 0 once it has gone. */
const highWaterMark = (pid: number) => {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};

/** Runs `staffcore check` from the build on a file and reports its peak memory and time. */
function peakMemory(file: string, input: InputFormat, report: string): Promise<{ peakRss: number; seconds: number; code: number | null }> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'check', file, '--input-format', input, '-f', report, '-o', '/dev/null'], { stdio: 'ignore' });
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, highWaterMark(child.pid!))), 20);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolve({ peakRss, seconds: (performance.now() - started) / 1000, code });
    });
  });
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

    const built = spawnSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
    if (built.status !== 0) throw new Error('the build (tsup) failed: run npm run build to see why');
    const memoryRows: string[][] = [];
    const inputs = [...files, ['json', join(dir, 'customers.json'), writeJsonArray] as const];
    for (const count of [million, 5 * million]) {
      for (const [format, file, write] of inputs) {
        await write(file, count);
        const reports = count === million && format === 'ndjson' ? ['json', 'stylish', 'sarif', 'junit', 'github'] : ['json'];
        for (const report of reports) {
          const m = await peakMemory(file, format, report);
          memoryRows.push([`${format}, ${count.toLocaleString('en-US')} records (${mb(statSync(file).size)})`, `-f ${report}`, mb(m.peakRss), `${m.seconds.toFixed(1)} s`, String(m.code)]);
        }
        rmSync(file);
      }
    }
    printTable(
      '15. staffcore check peak memory: the built command in a process of its own (peak resident set, VmHWM; target ≤ 256 MB at 1M and 5M in every format)',
      ['input', 'report', 'peak RSS', 'time', 'exit'],
      memoryRows,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
