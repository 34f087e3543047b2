import { isMainThread, workerData } from 'node:worker_threads';
import type { CheckWorkerData } from './check/checkInWorker.js';

// Each command is loaded when it runs: `staffcore check` on millions of records should not carry
// the demo's whole library, nor `migrate` the check's readers.

const usage = `Usage: staffcore <command>

Commands:
  check    check a customer export against staffcore's rules (staffcore check --help)
  demo     build a small agency on the in-memory store and walk through adding customer records
  import   import a customer export into the database, with progress and a rejected-rows file (staffcore import --help)
  migrate  create or upgrade the PostgreSQL (or PGlite) schema; status, --dry-run (staffcore migrate --help)
  help     show this text`;

/** The check's streams in its worker: the process's, with what the main thread knows of its terminal. */
function workerIo(data: CheckWorkerData) {
  return {
    stdin: process.stdin,
    stdout: Object.assign(process.stdout, { isTTY: data.stdoutIsTTY }),
    stderr: Object.assign(process.stderr, { isTTY: data.stderrIsTTY }),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Runs the `staffcore` command line; returns the exit code. */
async function main(args: readonly string[]): Promise<number> {
  const [command] = args;
  switch (command) {
    case 'check':
      // From the build, the check runs in a worker (see checkInWorker); from source (tsx), whose
      // loader a worker does not inherit, in this thread.
      if (isMainThread && import.meta.url.endsWith('.js')) return (await import('./check/checkInWorker.js')).checkInWorker(new URL(import.meta.url), args.slice(1));
      if (isMainThread) return (await import('./check/runCheck.js')).runCheck(args.slice(1));
      return (await import('./check/runCheck.js')).runCheck(args.slice(1), workerIo(workerData as CheckWorkerData));
    case 'migrate':
      return (await import('./migrate/runMigrate.js')).runMigrate(args.slice(1));
    case 'import':
      return (await import('./import/runImport.js')).runImport(args.slice(1));
    case 'demo':
      await (await import('./demo.js')).runDemo();
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(usage);
      return 0;
    default:
      console.error(`staffcore: unknown command "${command}"\n\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // In the check's worker, exit (the thread) now: a check that stopped reading standard input early
    // (bad input) leaves the worker's stdin open, which would keep it alive. Its output is already
    // posted to the main thread, which drains it when the worker exits.
    if (!isMainThread) process.exit(code);
  },
  (error: unknown) => {
    console.error(`staffcore: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
