/** How many error annotations, and how many warning annotations, GitHub shows for one step. */
export const annotationsPerStep = 10;

/**
 * Every text `staffcore check` prints besides the findings themselves (those come from
 * `messages` in src/errors): usage, input errors, summaries. One place, one style; tests compare
 * against these.
 */
export const cliMessages = {
  /** The one line for input that cannot be read, prefixed by `file:line:` where known. */
  inputError: (where: string, what: string) => `staffcore check: ${where}: ${what}`,
  /** A usage mistake, followed by a pointer to the help. */
  usageError: (what: string) => `staffcore check: ${what}\nRun "staffcore check --help" for the options.`,
  cannotRead: (reason: string) => `cannot read the file (${reason})`,
  empty: 'the file is empty: expected customer records',
  notJson: (reason: string) => `not valid JSON: ${reason}`,
  notAnArray: 'expected a JSON array of records (for one record per line, use --input-format ndjson)',
  badCsv: (reason: string) => `bad CSV: ${reason}`,
  tooLong: (limit: number) => `the record is longer than ${limit / 1024 / 1024} MiB (the limit for one record); is this the right file and format?`,
  noFile: 'no input file: give a file, or - for standard input',
  oneFile: (extra: string) => `one input file at a time (also got "${extra}")`,
  unknownInputFormat: (file: string) => `cannot tell the input format of "${file}" from its extension: use --input-format json, ndjson or csv`,
  badChoice: (option: string, value: string, choices: readonly string[]) => `--${option} must be one of ${choices.join(', ')} (got "${value}")`,
  badMaxWarnings: (value: string) => `--max-warnings must be a whole number, -1 for no limit (got "${value}")`,
  badRule: (value: string) => `--rule takes id=off|warn|error (got "${value}")`,
  unknownRule: (id: string, known: readonly string[]) => `unknown rule "${id}"; the rules are: ${known.join(', ')}`,
  badConfig: (file: string, what: string) => `${file}: ${what}`,
  customFieldsKind: 'must be a module path, or an object of declarations by kind of record (customers, contacts, orders, assignments)',
  customFieldsEntry: 'must be a JSON Schema object or a module path',
  cannotLoadCustomFields: (module: string, reason: string) => `cannot load the custom fields module ${module} (${reason})`,
  noCustomFieldsExport: (module: string) => `${module} has no custom-field declaration: export it as default, or as customFields`,
  noEntityInModule: (module: string, entity: string) => `${module} declares no ${entity}`,
  badJsonSchema: (reason: string) => `is not a JSON Schema staffcore can read (${reason})`,
  notObjectSchema: 'must be a JSON Schema of "type": "object" with "properties", one per custom field',
  unsupportedJsonSchemaField: (found: string) => `must be a JSON Schema of type string, number, integer or boolean, or an enum or const of one of them (not ${found})`,
  badIgnoreField: '--ignore-field takes a field or column name, such as Region2 or billingAddress.country',
  updateWithoutBaseline: '--update-baseline needs --baseline FILE',
  badBaseline: (file: string, what: string) => `${file}: not a staffcore baseline (${what})`,
  baselineWritten: (file: string, findings: number) =>
    `staffcore check: wrote the baseline ${file} with ${findings.toLocaleString('en-US')} ${findings === 1 ? 'finding' : 'findings'}; later runs report only new ones`,
  baselineCompared: (file: string, known: number, fixed: number) =>
    `staffcore check: ${known.toLocaleString('en-US')} known ${known === 1 ? 'finding' : 'findings'} in the baseline ${file} not reported` +
    (fixed > 0 ? `; ${fixed.toLocaleString('en-US')} ${fixed === 1 ? 'is' : 'are'} fixed (run with --update-baseline to drop ${fixed === 1 ? 'it' : 'them'})` : ''),
  cannotWrite: (file: string, reason: string) => `cannot write ${file} (${reason})`,
  progress: (records: number) => `staffcore check: ${records.toLocaleString('en-US')} records checked`,
  clean: (records: number) => `✔ ${records.toLocaleString('en-US')} records checked, no problems`,
  problems: (total: number, errors: number, warnings: number) =>
    `✖ ${total.toLocaleString('en-US')} ${total === 1 ? 'problem' : 'problems'} (${errors.toLocaleString('en-US')} ${errors === 1 ? 'error' : 'errors'}, ${warnings.toLocaleString('en-US')} ${warnings === 1 ? 'warning' : 'warnings'})`,
  notAnnotated: (findings: number, groups: number) =>
    `staffcore check: ${findings.toLocaleString('en-US')} more ${findings === 1 ? 'finding' : 'findings'} (${groups.toLocaleString('en-US')} ${groups === 1 ? 'line' : 'lines'} of the report) not annotated: a step shows at most ${annotationsPerStep} error and ${annotationsPerStep} warning annotations. The step summary counts them by rule; -f sarif or -f json lists every finding.`,
  cannotWriteSummary: (file: string, reason: string) => `staffcore check: cannot append the summary to GITHUB_STEP_SUMMARY (${file}: ${reason})`,
  tooManyWarnings: (warnings: number, max: number) => `staffcore check found too many warnings (maximum: ${max}, found: ${warnings}).`,
} as const;

/** The text of `staffcore check --help`. */
export const checkUsage = `Usage: staffcore check <file> [options]

Checks a customer export (JSON array, NDJSON or CSV) against staffcore's rules.
<file> may be - to read standard input (NDJSON unless --input-format says otherwise).

Options:
  --input-format json|ndjson|csv   the input's format (default: from the extension:
                                   .json, .ndjson/.jsonl, .csv)
  -f, --format stylish|json|sarif|junit|github
                                   the report's format (default: stylish)
  -o, --output FILE                write the report to FILE instead of standard output
  --max-warnings N                 exit 1 when there are more than N warnings (default: -1, no limit)
  --rule ID=off|warn|error         set a rule's severity; repeat for more rules
  --ignore-field NAME              ignore every finding on a field or column (Region2,
                                   billingAddress.country); repeat for more fields
  --baseline FILE                  report only findings that are not in FILE; when FILE
                                   does not exist, write today's findings to it and exit 0
  --update-baseline                rewrite the baseline FILE with today's findings
  -c, --config FILE                the configuration (default: ./staffcore.config.json when present)
  --worksites FILE                 the worksites, for no-default-worksite
  --orders FILE                    the orders, for order-on-blocked-customer
  --assignments FILE               the assignments, for assignment-on-blocked-customer
  -h, --help                       show this text

Reports: stylish shows a finding repeated on one field (one rule, one message) as one line with its
count and lines, structural problems and errors first; json, sarif and junit list every finding
(sarif at most 25,000, code scanning's limit per run, structural and errors kept first); github
prints at most 10 error and 10 warning annotations (what a step shows) and how many more there are.
When GITHUB_STEP_SUMMARY names a file, a Markdown summary (counts by rule, the first findings) is
appended to it, whatever the format.

Exit codes: 0 no problems at or above the fail level, 1 rule violations (errors, or more
warnings than --max-warnings), 2 usage or input error.

Examples:
  staffcore check customers.ndjson
  staffcore check export.csv --format sarif -o staffcore.sarif
  staffcore check customers.json --rule likely-duplicate-name=off --max-warnings 0
  staffcore check legacy.csv --ignore-field Region2 --baseline staffcore-baseline.json
  gunzip -c customers.ndjson.gz | staffcore check - --format github
  staffcore check customers.ndjson --orders orders.ndjson --worksites worksites.csv`;
