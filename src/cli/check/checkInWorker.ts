import { Worker } from 'node:worker_threads';

/**
 * The young generation of the check's worker, in MB. Reading millions of records makes a great
 * deal of short-lived garbage (a line, its parsed record, zod's copy), and V8 lets its young
 * generation grow to 48 MB or so under that load; a small one collects as often but keeps the
 * check's peak memory within its budget (see `npm run bench -- check`).
 */
const youngGenerationMb = 4;

/** What the worker needs to know of the process's own streams, which it cannot see. */
export interface CheckWorkerData {
  readonly command: 'check';
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

/**
 * Runs `staffcore check` in a worker thread with a small young generation (the only way to set
 * it from inside the process: V8 takes the flag at start-up), forwarding standard input when the
 * check reads it and the worker's output as it comes. Resolves to the check's exit code.
 * @param entry - the command line's own module, which runs the check when it is not the main thread
 * @param args - the arguments after `check`
 */
export function checkInWorker(entry: URL, args: readonly string[]): Promise<number> {
  const readsStdin = args.includes('-');
  const data: CheckWorkerData = { command: 'check', stdoutIsTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true };
  const worker = new Worker(entry, {
    argv: ['check', ...args],
    workerData: data,
    stdin: readsStdin,
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
  });
  if (readsStdin && worker.stdin) process.stdin.pipe(worker.stdin);
  return new Promise((resolve) => {
    let failed: unknown;
    worker.on('error', (error) => (failed = error));
    worker.on('exit', (code) => {
      // Standard input may not have been read to its end (the check stopped at bad input).
      if (readsStdin) process.stdin.destroy();
      if (failed !== undefined) {
        process.stderr.write(`staffcore check: ${failed instanceof Error ? failed.message : String(failed)}\n`);
        resolve(2);
      } else resolve(code);
    });
  });
}
