import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { issuesOf, parseOptions } from '../../errors/index.js';
import { isStaffcoreError } from '../../errors/index.js';
import type { StatusDefinitionInput } from '../../model/index.js';
import type { CustomFieldSet } from '../../rules/customFields.js';
import { checkRules, type CheckRuleId, type FieldSetting, type RuleSetting } from '../../rules/check/index.js';
import { createStatusCatalog, type StatusCatalog } from '../../rules/statusCatalog.js';
import { cliMessages } from './cliMessages.js';
import { UsageError } from './InputError.js';
import { loadCustomFields } from './loadCustomFields.js';

/** The name `staffcore check` looks for in the working directory when no `--config` is given. */
export const configFileName = 'staffcore.config.json';

/** A rule's setting as written in the configuration or on the command line. */
export const RuleSettingInput = z.enum(['off', 'warn', 'error']);

/** `staffcore.config.json`: rule severities, field settings, the organization's status catalog and custom fields. */
export const CheckConfigFile = z.strictObject({
  $schema: z.string().optional(),
  /** Severities by rule id. */
  rules: z.record(z.string(), RuleSettingInput).optional(),
  /**
   * Settings by field path (`Region2`, `email`, `billingAddress.country`): a severity for every
   * finding on the field (`off` ignores it), or severities by rule id.
   */
  fields: z.record(z.string().min(1), z.union([RuleSettingInput, z.record(z.string(), RuleSettingInput)])).optional(),
  /** The organization's statuses (the default catalog P/A/H/I/X when left out). */
  statuses: z.array(z.custom<StatusDefinitionInput>((value) => typeof value === 'object' && value !== null)).min(1).optional(),
  /** The status new records start with. */
  initialStatus: z.string().optional(),
  /**
   * The custom fields by kind of record (`customers`, `contacts`, `orders`, `assignments`): a JSON
   * Schema of `"type": "object"` each, or a module path; or one module path for all (its default
   * export, or `customFields`, is the declaration given to `createStaffcore`). See `loadCustomFields`.
   */
  customFields: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional(),
});

/** The check's settings from the configuration file. */
export interface CheckConfig {
  readonly rules: Partial<Record<CheckRuleId, RuleSetting>>;
  readonly fields: Record<string, FieldSetting>;
  readonly catalog: StatusCatalog | undefined;
  /** The declared custom fields, or `undefined` when the configuration declares none. */
  readonly customFields: CustomFieldSet | undefined;
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
    if (file === undefined && (error as { code?: string }).code === 'ENOENT') return { rules: {}, fields: {}, catalog: undefined, customFields: undefined };
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
  const ruleId = (id: string) => {
    try {
      return ruleIdOf(id);
    } catch (error) {
      throw new UsageError(cliMessages.badConfig(shown, (error as Error).message));
    }
  };
  const rules: Partial<Record<CheckRuleId, RuleSetting>> = {};
  for (const [id, setting] of Object.entries(parsed.data.rules ?? {})) rules[ruleId(id)] = setting;
  const fields: Record<string, FieldSetting> = {};
  for (const [field, setting] of Object.entries(parsed.data.fields ?? {})) {
    if (typeof setting === 'string') fields[field] = setting;
    else {
      const byRule: Partial<Record<CheckRuleId, RuleSetting>> = {};
      for (const [id, level] of Object.entries(setting)) byRule[ruleId(id)] = level;
      fields[field] = byRule;
    }
  }
  let catalog: StatusCatalog | undefined;
  if (parsed.data.statuses) {
    try {
      catalog = createStatusCatalog(parsed.data.statuses, parsed.data.initialStatus);
    } catch (error) {
      throw new UsageError(cliMessages.badConfig(shown, isStaffcoreError(error) ? error.message.replace(/^\[staffcore\] /, '') : String(error)));
    }
  }
  const customFields = parsed.data.customFields === undefined ? undefined : await loadCustomFields(parsed.data.customFields, path, shown, cwd);
  return { rules, fields, catalog, customFields };
}
