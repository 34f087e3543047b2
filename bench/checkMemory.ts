/**
 * The memory side of the `staffcore check` benchmark, run in a process of its own:
 * `tsx bench/checkMemory.ts FILE FORMAT` checks FILE end to end (the CLI's reader and `checkEntries`)
 * while sampling the resident set size every 20 ms, and prints `{ records, findings, peakRss, seconds }`.
 */
import { checkEntries } from '../src/index.js';
import { readRecords, type InputFormat } from '../src/cli/check/read/readRecords.js';

const [file, format] = process.argv.slice(2) as [string, InputFormat];
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const started = performance.now();
let findings = 0;
const generator = checkEntries(readRecords(file, format, true));
let records = 0;
for (;;) {
  const next = await generator.next();
  if (next.done) {
    records = next.value;
    break;
  }
  findings++;
}
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(JSON.stringify({ records, findings, peakRss, seconds: (performance.now() - started) / 1000 }));
