import { appendFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import packageJson from '../../../package.json' with { type: 'json' };
// The check's own modules rather than the package root, so the command's bundle carries no actions.
import type { CustomEntity } from '../../model/customValues.js';
import { checkEntries, type CheckFinding } from '../../rules/check/index.js';
import { Baseline, writeBaseline, type InputRole } from './baseline.js';
import { checkUsage, cliMessages } from './cliMessages.js';
import { formatters } from './format/index.js';
import { printable } from './format/printable.js';
import { stepSummary } from './format/stepSummary.js';
import { InputError, UsageError } from './InputError.js';
import { loadConfig } from './loadConfig.js';
import { parseCheckArgs } from './parseCheckArgs.js';
import { inputFormatOf, readRecords } from './read/readRecords.js';

/** The streams and settings `staffcore check` runs with: the process's own, or a test's. */
export interface CheckIo {
  readonly stdin: Readable;
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

const processIo = (): CheckIo => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

/**
 * Runs `staffcore check` and returns its exit code: 0 clean (no errors, warnings within
 * `--max-warnings`), 1 rule violations, 2 a usage or input error (one line on stderr, no report).
 */
export async function runCheck(args: readonly string[], io: CheckIo = processIo()): Promise<number> {
  try {
    const command = parseCheckArgs(args);
    if (command.help) {
      io.stdout.write(`${checkUsage}\n`);
      return 0;
    }
    const config = await loadConfig(command.config, io.cwd);
    // A CSV's custom.<field> cells are read by the declared fields of the file's kind of record.
    const declared = (entity: CustomEntity) => (config.customFields ? new Map(config.customFields.of(entity).fields.map((info) => [info.name, info])) : undefined);
    const related = (file: string | undefined, entity?: CustomEntity) =>
      file === undefined ? undefined : readRecords(file, inputFormatOf(file), false, io.stdin, undefined, entity && declared(entity));
    const inputFormat = command.inputFormat ?? inputFormatOf(command.file);
    const shownName = (f: string) => (f === '-' ? '<stdin>' : f);
    const inputs: [InputRole, string | undefined][] = [['customers', command.file], ['worksites', command.worksites], ['orders', command.orders], ['assignments', command.assignments]];
    const files = inputs.flatMap(([, f]) => (f === undefined ? [] : [shownName(f)]));
    const roles = new Map(inputs.flatMap(([role, f]) => (f === undefined ? [] : [[shownName(f), role] as const])));
    const roleOf = (finding: CheckFinding): InputRole => roles.get(finding.location.file ?? '') ?? 'customers';
    // A baseline is compared when it exists; written (every finding accepted) when missing or asked to.
    const existing = command.baseline === undefined || command.updateBaseline ? undefined : await Baseline.read(command.baseline);
    const writing = command.baseline !== undefined && existing === undefined;
    const baseline = existing ?? Baseline.empty();
    const accepted: { role: InputRole; finding: CheckFinding }[] = [];
    let known = 0;

    const progress = io.stderr.isTTY === true && io.env['CI'] === undefined;
    let shownAt = 0;
    const findings: CheckFinding[] = [];
    let errorCount = 0;
    const generator = checkEntries(readRecords(command.file, inputFormat, true, io.stdin, undefined, declared('customers')), {
      rules: { ...config.rules, ...command.rules },
      fields: { ...config.fields, ...Object.fromEntries(command.ignoreFields.map((field) => [field, 'off'] as const)) },
      catalog: config.catalog,
      customFields: config.customFields,
      worksites: related(command.worksites),
      orders: related(command.orders, 'orders'),
      assignments: related(command.assignments, 'assignments'),
      onProgress: progress
        ? (records) => {
            const now = Date.now();
            if (now - shownAt < 200) return;
            shownAt = now;
            io.stderr.write(`\r${cliMessages.progress(records)}`);
          }
        : undefined,
    });
    let records: number;
    try {
      for (;;) {
        const next = await generator.next();
        if (next.done) {
          records = next.value;
          break;
        }
        const finding = next.value;
        if (writing) {
          accepted.push({ role: roleOf(finding), finding });
          continue;
        }
        if (baseline.known(roleOf(finding), finding)) {
          known++;
          continue;
        }
        findings.push(finding);
        if (finding.severity === 'error') errorCount++;
      }
    } finally {
      if (progress && shownAt > 0) io.stderr.write('\r\u001b[K');
    }
    if (command.baseline !== undefined) {
      if (writing) {
        await writeBaseline(command.baseline, accepted);
        io.stderr.write(`${printable(cliMessages.baselineWritten(command.baseline, accepted.length))}\n`);
      } else if (known > 0 || baseline.fixed > 0) io.stderr.write(`${printable(cliMessages.baselineCompared(command.baseline, known, baseline.fixed))}\n`);
    }
    const warningCount = findings.length - errorCount;
    const toTerminal = command.output === undefined && io.stdout.isTTY === true;
    const color = toTerminal && command.format === 'stylish' && !io.env['NO_COLOR'];
    const report = { findings, records, errorCount, warningCount, files, version: packageJson.version, color };
    const text = formatters[command.format](report);
    if (command.output === undefined) io.stdout.write(text);
    else {
      try {
        await writeFile(command.output, text);
      } catch (error) {
        io.stderr.write(`${printable(cliMessages.inputError(command.output, cliMessages.cannotWrite(command.output, (error as { code?: string }).code ?? String(error))))}\n`);
        return 2;
      }
    }
    const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
    if (summaryFile) {
      // The job's summary page is an extra: failing to write it is said, and the check's verdict stands.
      await appendFile(resolve(io.cwd, summaryFile), stepSummary(report)).catch((error: unknown) => {
        io.stderr.write(`${printable(cliMessages.cannotWriteSummary(summaryFile, (error as { code?: string }).code ?? String(error)))}\n`);
      });
    }
    const tooManyWarnings = command.maxWarnings >= 0 && warningCount > command.maxWarnings;
    if (tooManyWarnings && errorCount === 0) io.stderr.write(`${cliMessages.tooManyWarnings(warningCount, command.maxWarnings)}\n`);
    return errorCount > 0 || tooManyWarnings ? 1 : 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`staffcore check: ${printable(error.message)}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`${cliMessages.usageError(printable(error.message))}\n`);
      return 2;
    }
    throw error;
  }
}
