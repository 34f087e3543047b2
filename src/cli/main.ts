// Each command is loaded when it runs: `staffcore check` on millions of records should not carry
// the demo's whole library, nor `migrate` the check's readers.

const usage = `Usage: staffcore <command>

Commands:
  check    check a customer export against staffcore's rules (staffcore check --help)
  demo     build a small agency on the in-memory store and walk through adding customer records
  import   import a customer export into the database, with progress and a rejected-rows file (staffcore import --help)
  migrate  create or upgrade the PostgreSQL (or PGlite) schema; status, --dry-run (staffcore migrate --help)
  help     show this text`;

/** Runs the `staffcore` command line; returns the exit code. */
async function main(args: readonly string[]): Promise<number> {
  const [command] = args;
  switch (command) {
    case 'check':
      return (await import('./check/runCheck.js')).runCheck(args.slice(1));
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
  },
  (error: unknown) => {
    console.error(`staffcore: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
