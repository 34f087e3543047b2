import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { issuesOf, parseOptions } from '../../errors/index.js';
import { checkRules, createStatusCatalog, isStaffcoreError, type CheckRuleId, type RuleSetting, type StatusCatalog, type StatusDefinitionInput } from '../../index.js';
import { cliMessages } from './cliMessages.js';
import { UsageError } from './InputError.js';

/** The name `staffcore check` looks for in the working directory when no `--config` is given. */
export const configFileName = 'staffcore.config.json';

/** A rule's setting as written in the configuration or on the command line. */
export const RuleSettingInput = z.enum(['off', 'warn', 'error']);

/** `staffcore.config.json`: rule severities and the organization's status catalog. */
export const CheckConfigFile = z.strictObject({
  $schema: z.string().optional(),
  /** Severities by rule id. */
  rules: z.record(z.string(), RuleSettingInput).optional(),
  /** The organization's statuses (the default catalog P/A/H/I/X when left out). */
  statuses: z.array(z.custom<StatusDefinitionInput>((value) => typeof value === 'object' && value !== null)).min(1).optional(),
  /** The status new records start with. */
  initialStatus: z.string().optional(),
});

/** The check's settings from the configuration file. */
export interface CheckConfig {
  readonly rules: Partial<Record<CheckRuleId, RuleSetting>>;
  readonly catalog: StatusCatalog | undefined;
}

const ruleIds: readonly string[] = checkRules.map((rule) => rule.id);

/** A rule id from the configuration or `--rule`, or a {@link UsageError} naming the known ones. */
export function ruleIdOf(id: string): CheckRuleId {
  if (!ruleIds.includes(id)) throw new UsageError(cliMessages.unknownRule(id, ruleIds));
  return id as CheckRuleId;
}

/**
 * Reads the configuration: the file named by `--config`, else `staffcore.config.json` in the
 * working directory when there is one, else nothing.
 */
export async function loadConfig(file: string | undefined, cwd: string): Promise<CheckConfig> {
  const path = file ?? `${cwd}/${configFileName}`;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (file === undefined && (error as { code?: string }).code === 'ENOENT') return { rules: {}, catalog: undefined };
    throw new UsageError(cliMessages.badConfig(file ?? configFileName, cliMessages.cannotRead((error as { code?: string }).code ?? String(error))));
  }
  const shown = file ?? configFileName;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(cliMessages.badConfig(shown, cliMessages.notJson((error as Error).message)));
  }
  const parsed = CheckConfigFile.safeParse(raw, parseOptions);
  if (!parsed.success) {
    const [issue] = issuesOf(parsed.error);
    throw new UsageError(cliMessages.badConfig(shown, `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim()));
  }
  const rules: Partial<Record<CheckRuleId, RuleSetting>> = {};
  for (const [id, setting] of Object.entries(parsed.data.rules ?? {})) rules[ruleIdOf(id)] = setting;
  let catalog: StatusCatalog | undefined;
  if (parsed.data.statuses) {
    try {
      catalog = createStatusCatalog(parsed.data.statuses, parsed.data.initialStatus);
    } catch (error) {
      throw new UsageError(cliMessages.badConfig(shown, isStaffcoreError(error) ? error.message.replace(/^\[staffcore\] /, '') : String(error)));
    }
  }
  return { rules, catalog };
}
