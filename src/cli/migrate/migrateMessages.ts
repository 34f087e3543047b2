/** Every text `staffcore migrate` prints: usage, progress, errors. One place, one style; tests compare against these. */
export const migrateMessages = {
  usageError: (what: string) => `staffcore migrate: ${what} (see staffcore migrate --help)`,
  /** The one line for a database that cannot be reached or opened, or a migration that failed. */
  error: (what: string) => `staffcore migrate: ${what}`,
  noDatabase: 'no database: give --database postgres://… or a PGlite data directory',
  extraArgument: (extra: string) => `unexpected argument "${extra}" (the only subcommand is status)`,
  dryRunWithStatus: '--dry-run is for applying migrations; "status" changes nothing already',
  badSchema: (schema: string, reason: string) => `--schema "${schema}": ${reason}`,
  repeatedSchema: 'given more than once',
  badUrl: (url: string) => `--database "${url}" is not a postgres:// or postgresql:// URL (a PGlite data directory is a path, not a URL)`,
  noDriver: (driver: string) => `the "${driver}" package is not installed: npm install ${driver}`,
  cannotConnect: (where: string, reason: string) => `cannot connect to ${where}: ${reason}`,
  failed: (reason: string) => `${reason} (nothing was applied: all of a run is one transaction)`,
  /** One schema of several that failed: the others were migrated, each in its own transaction. */
  schemaFailed: (schema: string, reason: string) => `schema "${schema}": ${reason} (nothing was applied to it; the other schemas were migrated, each in its own transaction)`,
  applied: (version: number, name: string) => `applied version ${version}: ${name}`,
  done: (schema: string, version: number, count: number) => `schema "${schema}" is now at version ${version} (${count} ${count === 1 ? 'migration' : 'migrations'} applied)`,
  current: (schema: string, version: number) => `schema "${schema}" is already at version ${version}: nothing to apply`,
  dryRunHeader: (schema: string, missing: readonly number[]) =>
    `-- staffcore migrate --dry-run: schema "${schema}", ${missing.length} ${missing.length === 1 ? 'version' : 'versions'} to apply (${missing.join(', ')}); nothing was changed`,
  statusLine: (version: number, appliedAt: Date | null, name: string) =>
    `${appliedAt === null ? 'missing' : 'applied'}  ${String(version).padStart(3)}  ${appliedAt === null ? ''.padEnd(24) : appliedAt.toISOString()}  ${name}`,
  statusSummary: (schema: string, applied: number, missing: number) =>
    missing === 0 ? `schema "${schema}": all ${applied} versions applied` : `schema "${schema}": ${applied} applied, ${missing} missing (run staffcore migrate to apply them)`,
} as const;

/** The text of `staffcore migrate --help`. */
export const migrateUsage = `Usage: staffcore migrate --database URL|DIR [--schema NAME]... [--dry-run]
       staffcore migrate status --database URL|DIR [--schema NAME]...

Creates or upgrades staffcore's PostgreSQL schema: applies the migrations it does not have yet,
all in one transaction (everything or nothing), and prints each version applied. Given several
schemas (one per agency), migrates each in its own transaction, one after another: a schema that
fails is left as it was and the others are still migrated.

Options:
  -d, --database URL|DIR   a postgres:// URL (a PostgreSQL server), or a PGlite data directory
                           (default: $DATABASE_URL)
  -s, --schema NAME        the schema to keep staffcore's tables in (default: staffcore);
                           repeat it for several schemas
  --dry-run                print the SQL of the missing migrations, for review; change nothing
  -h, --help               show this text

status: lists each version as applied (with when) or missing; changes nothing.

Exit codes: 0 done (or, for status, every version applied), 1 a migration failed and nothing
was applied to its schema (for status: versions are missing), 2 usage error or the database
cannot be reached.

Examples:
  staffcore migrate --database postgres://app@db.internal/app
  staffcore migrate --database ./data/pglite --schema staffcore
  staffcore migrate --database "$DATABASE_URL" --dry-run > staffcore-migration.sql
  staffcore migrate status --database "$DATABASE_URL"
  staffcore migrate --database "$DATABASE_URL" --schema agency_northstar --schema agency_harbor`;
