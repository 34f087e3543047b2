/** Rows with thousands separators, as every line of `staffcore import` writes a count. */
const n = (count: number) => count.toLocaleString('en-US');
const rows = (count: number) => `${n(count)} ${count === 1 ? 'row' : 'rows'}`;

/** Seconds as `m:ss` (or `h:mm:ss`), for the ETA. */
const clock = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
};

/** Where a row sits in the input: its record number and the line it starts on. */
const at = (row: number, line: number) => `row ${n(row)} (line ${n(line)})`;

/**
 * Every text `staffcore import` prints: usage, progress, summary, errors. One place, one style;
 * tests compare against these.
 */
export const importMessages = {
  usageError: (what: string) => `staffcore import: ${what} (see staffcore import --help)`,
  /** The one line for input, a database or a file that cannot be read, opened or written. */
  error: (what: string) => `staffcore import: ${what}`,
  noFile: 'no input file: give a file, or - for standard input',
  oneFile: (extra: string) => `one input file at a time (also got "${extra}")`,
  noDatabase: 'no database: give --database postgres://… or a PGlite data directory',
  badWholeNumber: (option: string, value: string, min: number, max: number) => `--${option} must be a whole number from ${n(min)} to ${n(max)} (got "${value}")`,
  badChoice: (option: string, value: string, choices: readonly string[]) => `--${option} must be one of ${choices.join(', ')} (got "${value}")`,
  badActor: (value: string) => `--actor must be an id: 1 to 64 letters, digits, "_" or "-" (got "${value}")`,
  badSchema: (schema: string, reason: string) => `--schema "${schema}": ${reason}`,
  roleCannotAdd: (role: string) => `the role ${role} may not add customers: use --role administrator or salesRep`,
  notMigrated: (schema: string, missing: number, database: string) =>
    `schema "${schema}" is not migrated (${missing} ${missing === 1 ? 'version' : 'versions'} missing): run staffcore migrate --database ${database}${schema === 'staffcore' ? '' : ` --schema ${schema}`} first`,
  noHierarchy: (schema: string) =>
    `schema "${schema}" has no branch hierarchy yet: the application creates its root level (bootstrapHierarchy) before customers can be imported`,
  manyRoots: 'the branch hierarchy has more than one root level: say which branch the rows go to with --branch ID',
  unknownBranch: (branch: string) => `--branch "${branch}": no such branch in the hierarchy`,
  badBranch: (value: string) => `--branch must be an id: 1 to 64 letters, digits, "_" or "-" (got "${value}")`,
  cannotWriteRejected: (file: string, reason: string) => `cannot write the rejected rows to ${file} (${reason})`,
  /** After a read error: what is saved and where to start again. */
  readStopped: (where: string, saved: number, resume: number) =>
    saved === 0 ? `${where} (nothing was imported)` : `${where} (the rows before row ${resume} were imported: fix the file and resume with --from-row ${resume})`,
  /** A chunk that failed (the database went away, a statement failed): nothing of it is saved. */
  chunkFailed: (row: number, line: number, last: number, reason: string) =>
    `stopped at ${at(row, line)}: ${reason}; rows ${n(row)}–${n(last)} (one transaction) were not saved${row > 1 ? ', the rows before them were' : ''}: resume with --from-row ${row}`,
  nothingFrom: (fromRow: number, total: number) => `--from-row ${fromRow} is past the last row (the input has ${rows(total)}): nothing to import`,
  progress: (done: number, total: number | null, percent: number | null, rate: number, eta: number | null) =>
    `staffcore import: ${n(done)}${total === null ? '' : ` / ~${n(total)}`} rows${percent === null ? '' : `  ${percent.toFixed(0).padStart(3)}%`}  ${n(Math.round(rate))} rows/s${eta === null ? '' : `  ETA ${clock(eta)}`}`,
  summary: (s: { read: number; skipped: number; added: number; rejected: number; duplicates: number; seconds: number }) =>
    `${rows(s.read)} read${s.skipped > 0 ? ` (${n(s.skipped)} before --from-row skipped)` : ''}, ${n(s.added)} added, ${n(s.rejected)} rejected, ` +
    `${n(s.duplicates)} likely ${s.duplicates === 1 ? 'duplicate' : 'duplicates'} in ${s.seconds.toFixed(1)} s ` +
    `(${n(Math.round(s.seconds > 0 ? s.added / s.seconds : s.added))} rows/s)`,
  rejectedTo: (count: number, file: string) => `${rows(count)} rejected, each with its reason, in ${file}`,
  duplicatesHeader: (count: number, shown: number) =>
    `likely duplicates (${n(count)}${count > shown ? `, the first ${shown} below` : ''}; review them, and merge with customers.merge):`,
  duplicate: (row: number, line: number, id: string, name: string, like: string) => `  ${at(row, line)} → customer ${id} "${name}": ${like}`,
  likeExisting: (matches: readonly { id: string; name: string }[]) => `like ${matches.map((m) => `existing customer ${m.id} "${m.name}"`).join(', ')}`,
  likeRows: (earlier: readonly number[]) => `like ${earlier.length === 1 ? 'row' : 'rows'} ${earlier.map(n).join(', ')} of this file`,
} as const;

/** The text of `staffcore import --help`. */
export const importUsage = `Usage: staffcore import FILE --database URL|DIR [options]

Imports customer records (a JSON array, NDJSON or CSV, read as staffcore check reads them) through
customers.addMany, the rules of customers.add applied to every row: good rows are saved, refused
rows are written to a CSV with the reason. FILE may be - to read standard input (NDJSON unless
--input-format says otherwise).

Options:
  -d, --database URL|DIR   a postgres:// URL (a PostgreSQL server), or a PGlite data directory
                           (default: $DATABASE_URL); the schema must be migrated (staffcore migrate)
  -s, --schema NAME        the schema staffcore's tables are in (default: staffcore)
  --actor ID               who imports, as the audit trail records it (default: staffcore-import);
                           a service rep stored with that id acts with its own branch and roles
  --role NAME              the actor's role: administrator (default) or salesRep
  --branch ID              the branch the actor works at (default: the stored rep's, else the
                           root of the hierarchy); rows without a branchId go there
  --input-format json|ndjson|csv   the input's format (default: from the extension)
  --chunk N                rows per transaction (default: 1000; at most 100000)
  --from-row N             skip the rows before row N, to resume a stopped import
  --rejected FILE          where the refused rows go (default: FILE.rejected.csv next to the
                           input; staffcore-import.rejected.csv for standard input)
  -q, --quiet              no progress bar (there is none either when stderr is not a terminal
                           or CI is set; a file over 16 KiB also gets a percentage and an ETA)
  -h, --help               show this text

Rows are numbered as records: row 1 is the first record of the input (for CSV, the line after the
header), blank lines not counted. Every chunk of rows is one transaction: when the import stops
(bad input, the database going away), the chunks before are saved and the message says the
--from-row to resume from. With --from-row the rejected-rows file is appended to, not replaced.

The rejected-rows file is a CSV with the header row,line,id,name,field,reason: the row number,
the line it starts on, the record's id and name as given (if any), the field refused (empty for
the whole row) and why, one line per problem; it is written once rows are sent, with only its
header when none is refused. Cells are the data as given: open it as text, not as formulas.

At the end a summary on standard output: rows read, added, rejected, likely duplicates (the
first ones listed, with the existing customer or the earlier row they look like), the time and
the throughput.

Exit codes: 0 every row imported, 1 some rows rejected or the import stopped part way, 2 usage
error, bad input, or a database that cannot be reached or is not migrated (one line on stderr).

Examples:
  staffcore import customers.ndjson --database postgres://app@db.internal/app --actor dana-reyes
  staffcore import export.csv --database ./data/pglite --rejected refused.csv
  staffcore import export.csv --database "$DATABASE_URL" --from-row 40001
  gunzip -c customers.ndjson.gz | staffcore import - --database "$DATABASE_URL" --quiet`;
