import { checkSchemaName } from '../../adapters/postgres/migrationPlan.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../check/InputError.js';
import { migrateMessages } from './migrateMessages.js';

/** What `staffcore migrate` was asked to do. */
export interface MigrateCommand {
  readonly help: boolean;
  /** `apply` migrates (or prints the SQL with `dryRun`); `status` lists the versions. */
  readonly action: 'apply' | 'status';
  readonly database: string;
  /** The schemas, in the order given (`--schema` may be repeated); `['staffcore']` when none is. */
  readonly schemas: readonly string[];
  readonly dryRun: boolean;
}

/**
 * Parses the arguments after `migrate` with Node's `util.parseArgs`; a mistake is a {@link UsageError}.
 * @param args - the arguments after `migrate`
 * @param env - the environment, for `DATABASE_URL` when `--database` is not given
 */
export function parseMigrateArgs(args: readonly string[], env: Readonly<Record<string, string | undefined>>): MigrateCommand {
  const { values, positionals } = parseCommandArgs(args, {
      database: { type: 'string', short: 'd' },
      schema: { type: 'string', short: 's', multiple: true },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
  const help = values.help === true;
  const [first, extra] = positionals;
  if (first !== undefined && first !== 'status') throw new UsageError(migrateMessages.extraArgument(first));
  if (extra !== undefined) throw new UsageError(migrateMessages.extraArgument(extra));
  const action = first === 'status' ? 'status' : 'apply';
  const dryRun = values['dry-run'] === true;
  if (action === 'status' && dryRun) throw new UsageError(migrateMessages.dryRunWithStatus);
  const database = values.database ?? env['DATABASE_URL'] ?? '';
  if (!help && database === '') throw new UsageError(migrateMessages.noDatabase);
  const schemas = values.schema ?? ['staffcore'];
  for (const [index, schema] of schemas.entries()) {
    try {
      checkSchemaName(schema);
    } catch (error) {
      throw new UsageError(migrateMessages.badSchema(schema, (error as Error).message.replace(/^.*?schema: /, '')));
    }
    if (schemas.indexOf(schema) !== index) throw new UsageError(migrateMessages.badSchema(schema, migrateMessages.repeatedSchema));
  }
  return { help, action, database, schemas, dryRun };
}
