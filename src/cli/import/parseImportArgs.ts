import { basename, dirname, join } from 'node:path';
import { checkSchemaName } from '../../adapters/postgres/migrationPlan.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../check/InputError.js';
import { inputFormatOf, inputFormats, type InputFormat } from '../check/read/readRecords.js';
import { importMessages } from './importMessages.js';

/** The roles `--role` offers: the standard roles that may add customers. */
export const importRoles = ['administrator', 'salesRep'] as const;
/** A role `--role` offers. */
export type ImportRole = (typeof importRoles)[number];

/** The rows per transaction when `--chunk` is not given. */
export const defaultChunk = 1000;
/** The most rows one `customers.addMany` takes. */
const maxChunk = 100_000;

/** What `staffcore import` was asked to do. */
export interface ImportCommand {
  readonly help: boolean;
  /** The input file, or `-` for standard input. */
  readonly file: string;
  readonly inputFormat: InputFormat;
  readonly database: string;
  readonly schema: string;
  readonly actor: string;
  /** The role given with `--role`, or `null` (a stored rep's own roles, else administrator). */
  readonly role: ImportRole | null;
  /** The branch given with `--branch`, or `null` (a stored rep's own, else the hierarchy's root). */
  readonly branch: string | null;
  /** Rows per `customers.addMany` call, each one transaction. */
  readonly chunk: number;
  /** The first row imported (1-based record number); earlier rows are read and skipped. */
  readonly fromRow: number;
  /** The CSV the refused rows are written to. */
  readonly rejected: string;
  readonly quiet: boolean;
}

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

const wholeNumber = (option: string, value: string | undefined, fallback: number, min: number, max: number) => {
  if (value === undefined) return fallback;
  const parsed = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(parsed >= min && parsed <= max)) throw new UsageError(importMessages.badWholeNumber(option, value, min, max));
  return parsed;
};

/** The default rejected-rows file: next to the input, or in the current directory for standard input. */
const rejectedFileOf = (file: string) => (file === '-' ? 'staffcore-import.rejected.csv' : join(dirname(file), `${basename(file)}.rejected.csv`));

/**
 * Parses the arguments after `import` with Node's `util.parseArgs`; a mistake is a {@link UsageError}.
 * @param args - the arguments after `import`
 * @param env - the environment, for `DATABASE_URL` when `--database` is not given
 * @returns the command, with every default applied
 * @example
 * ```ts
 * parseImportArgs(['export.csv', '-d', './data'], {}).rejected //=> 'export.csv.rejected.csv'
 * ```
 */
export function parseImportArgs(args: readonly string[], env: Readonly<Record<string, string | undefined>>): ImportCommand {
  const { values, positionals } = parseCommandArgs(args, {
      database: { type: 'string', short: 'd' },
      schema: { type: 'string', short: 's' },
      actor: { type: 'string' },
      role: { type: 'string' },
      branch: { type: 'string' },
      'input-format': { type: 'string' },
      chunk: { type: 'string' },
      'from-row': { type: 'string' },
      rejected: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    });
  const help = values.help === true;
  const [file = '', extra] = positionals;
  const none = { help, file, inputFormat: 'ndjson', database: '', schema: 'staffcore', actor: '', role: null, branch: null, chunk: defaultChunk, fromRow: 1, rejected: '', quiet: true } as const;
  if (help) return none;
  if (file === '') throw new UsageError(importMessages.noFile);
  if (extra !== undefined) throw new UsageError(importMessages.oneFile(extra));
  const format = values['input-format'];
  if (format !== undefined && !(inputFormats as readonly string[]).includes(format)) throw new UsageError(importMessages.badChoice('input-format', format, inputFormats));
  const inputFormat = (format as InputFormat | undefined) ?? inputFormatOf(file);
  const database = values.database ?? env['DATABASE_URL'] ?? '';
  if (database === '') throw new UsageError(importMessages.noDatabase);
  const schema = values.schema ?? 'staffcore';
  try {
    checkSchemaName(schema);
  } catch (error) {
    throw new UsageError(importMessages.badSchema(schema, (error as Error).message.replace(/^.*?schema: /, '')));
  }
  const actor = values.actor ?? 'staffcore-import';
  if (!idPattern.test(actor)) throw new UsageError(importMessages.badActor(actor));
  const role = values.role ?? null;
  if (role !== null && !(importRoles as readonly string[]).includes(role)) {
    throw new UsageError(role === 'billing' || role === 'readOnly' ? importMessages.roleCannotAdd(role) : importMessages.badChoice('role', role, importRoles));
  }
  const branch = values.branch ?? null;
  if (branch !== null && !idPattern.test(branch)) throw new UsageError(importMessages.badBranch(branch));
  return {
    help,
    file,
    inputFormat,
    database,
    schema,
    actor,
    role: role as ImportRole | null,
    branch,
    chunk: wholeNumber('chunk', values.chunk, defaultChunk, 1, maxChunk),
    fromRow: wholeNumber('from-row', values['from-row'], 1, 1, 999_999_999),
    rejected: values.rejected ?? rejectedFileOf(file),
    quiet: values.quiet === true,
  };
}
