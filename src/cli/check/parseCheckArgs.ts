import type { CheckRuleId, RuleSetting } from '../../index.js';
import { cliMessages } from './cliMessages.js';
import { formatters, type FormatName } from './format/index.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from './InputError.js';
import { ruleIdOf, RuleSettingInput } from './loadConfig.js';
import { inputFormats, type InputFormat } from './read/readRecords.js';

/** What `staffcore check` was asked to do. */
export interface CheckCommand {
  readonly help: boolean;
  readonly file: string;
  readonly inputFormat: InputFormat | undefined;
  readonly format: FormatName;
  readonly output: string | undefined;
  readonly maxWarnings: number;
  readonly rules: Partial<Record<CheckRuleId, RuleSetting>>;
  /** Fields whose findings are ignored (`--ignore-field`). */
  readonly ignoreFields: readonly string[];
  /** The baseline file (`--baseline`): written when missing (or with `--update-baseline`), else compared. */
  readonly baseline: string | undefined;
  /** Whether to rewrite the baseline with today's findings. */
  readonly updateBaseline: boolean;
  readonly config: string | undefined;
  readonly worksites: string | undefined;
  readonly orders: string | undefined;
  readonly assignments: string | undefined;
}

const choice = <T extends string>(option: string, value: string | undefined, choices: readonly T[]): T | undefined => {
  if (value === undefined) return undefined;
  if (!choices.includes(value as T)) throw new UsageError(cliMessages.badChoice(option, value, choices));
  return value as T;
};

/** Parses the arguments after `check` with Node's `util.parseArgs`; a mistake is a {@link UsageError}. */
export function parseCheckArgs(args: readonly string[]): CheckCommand {
  const { values, positionals } = parseCommandArgs(args, {
      'input-format': { type: 'string' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      'max-warnings': { type: 'string' },
      rule: { type: 'string', multiple: true },
      'ignore-field': { type: 'string', multiple: true },
      baseline: { type: 'string' },
      'update-baseline': { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      worksites: { type: 'string' },
      orders: { type: 'string' },
      assignments: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
  const help = values.help === true;
  const [file, extra] = positionals;
  if (!help && file === undefined) throw new UsageError(cliMessages.noFile);
  if (extra !== undefined) throw new UsageError(cliMessages.oneFile(extra));
  const maxWarningsText = values['max-warnings'] ?? '-1';
  if (!/^-?\d+$/.test(maxWarningsText) || Number(maxWarningsText) < -1) throw new UsageError(cliMessages.badMaxWarnings(maxWarningsText));
  const rules: Partial<Record<CheckRuleId, RuleSetting>> = {};
  for (const rule of values.rule ?? []) {
    const [id, setting, more] = rule.split('=');
    if (id === undefined || setting === undefined || more !== undefined) throw new UsageError(cliMessages.badRule(rule));
    const level = RuleSettingInput.safeParse(setting.trim());
    if (!level.success) throw new UsageError(cliMessages.badRule(rule));
    rules[ruleIdOf(id.trim())] = level.data;
  }
  const ignoreFields = (values['ignore-field'] ?? []).map((field) => field.trim());
  if (ignoreFields.some((field) => field === '')) throw new UsageError(cliMessages.badIgnoreField);
  if (values['update-baseline'] === true && values.baseline === undefined) throw new UsageError(cliMessages.updateWithoutBaseline);
  return {
    help,
    file: file ?? '-',
    inputFormat: choice('input-format', values['input-format'], inputFormats),
    format: choice('format', values.format, Object.keys(formatters) as FormatName[]) ?? 'stylish',
    output: values.output,
    maxWarnings: Number(maxWarningsText),
    rules,
    ignoreFields,
    baseline: values.baseline,
    updateBaseline: values['update-baseline'] === true,
    config: values.config,
    worksites: values.worksites,
    orders: values.orders,
    assignments: values.assignments,
  };
}
