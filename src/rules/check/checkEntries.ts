import * as messages from '../../errors/messages.js';
import { builtInFieldNames } from '../builtInFieldNames.js';
import { compileCustomFields, type CustomFieldSet } from '../customFields.js';
import { defaultStatusCatalog, type StatusCatalog } from '../statusCatalog.js';
import type { CheckEntry, CheckFinding, FieldSetting, RecordLocation, RuleSetting } from './CheckFinding.js';
import type { CheckContext, CheckVisitor, RelatedRecord, VisitedRecord } from './CheckRule.js';
import { checkRules, type CheckRuleId } from './checkRules.js';
import { DatasetIndex } from './DatasetIndex.js';
import { isRecordId, isRecordObject, recordNameOf } from './recordValues.js';

/**
 * Records to check: any iterable, or any async iterable such as a stream being read.
 * @category Check
 */
export type CheckSource<T> = Iterable<T> | AsyncIterable<T>;

/**
 * How the dataset check runs: the catalog, rule and field settings, and the related files.
 * @category Check
 */
export interface CheckOptions<T = CheckEntry> {
  /** The organization's status catalog; the default P/A/H/I/X when left out. */
  readonly catalog?: StatusCatalog | undefined;
  /** Severities by rule id (`off`, `warn`, `error`); a rule left out keeps its default severity. */
  readonly rules?: Readonly<Partial<Record<CheckRuleId, RuleSetting>>> | undefined;
  /**
   * Settings by field path, over the rules' (e.g. `{ Region2: 'off', email: 'warn',
   * phone: { schema: 'warn' } }`): see {@link FieldSetting}.
   */
  readonly fields?: Readonly<Record<string, FieldSetting>> | undefined;
  /** The worksites (`{ customerId }` each), for `no-default-worksite`. Read after the customers. */
  readonly worksites?: CheckSource<T> | undefined;
  /** The orders (`{ id, customerId, state? }` each), for `order-on-blocked-customer`. Read after the customers. */
  readonly orders?: CheckSource<T> | undefined;
  /** The assignments (`{ id, customerId, state? }` each), for `assignment-on-blocked-customer`. Read after the customers. */
  readonly assignments?: CheckSource<T> | undefined;
  /**
   * The custom fields declared by kind of record, compiled with `compileCustomFields` (as an
   * instance's `customFields`): `custom` values are checked against them (`custom-field`), and a
   * value of a field they do not declare is a warning (`undeclared-custom-field`). When left out,
   * none is declared.
   */
  readonly customFields?: CustomFieldSet | undefined;
  /** Called with the number of customer records checked so far, every 16,384 records and at the end. */
  readonly onProgress?: ((checked: number) => void) | undefined;
}

const progressEvery = 1 << 14;

let noCustomFields: CustomFieldSet | undefined;

/** The severity of a finding of a rule on a path: the most specific field setting, else the rule's. */
function severityOf(ruleLevel: RuleSetting, ruleId: CheckRuleId, path: readonly (string | number)[], fields: Readonly<Record<string, FieldSetting>>): RuleSetting {
  for (let length = path.length; length > 0; length--) {
    const setting = fields[path.slice(0, length).join('.')];
    if (setting === undefined) continue;
    if (typeof setting === 'string') return setting;
    const level = setting[ruleId];
    if (level !== undefined) return level;
  }
  return ruleLevel;
}

/**
 * Checks a customer export against staffcore's rules as it streams by, yielding each finding as
 * soon as it is known: a record's own problems (schema, unknown field, unknown status, active
 * without a billing address, likely duplicate name, duplicate id) when it is read; parents,
 * cycles and deleted parents once every record is in; then the worksites, orders and assignments.
 * The rules are {@link checkRules}, one module each; this runner reads the records, keeps the
 * shared {@link DatasetIndex} and hands each record to every rule that is on.
 *
 * Memory stays bounded: of each record only a 64-bit fingerprint of its id, its parent's place,
 * its status and where it was read are kept, and one fingerprint per distinct name key (about 40
 * bytes a record in all).
 * Departments that come before their parent are held until the end (about 100 bytes each), so an
 * export written parents first, as staffcore writes them, checks in the least memory. It never
 * throws on bad data: anything that is not a record is a `schema` finding.
 *
 * @param entries - the customer records, each with where it came from
 * @param options - catalog, rule and field settings, related files, progress callback
 * @returns the findings, in the order they are found
 * @example
 * ```ts
 * for await (const finding of checkEntries([{ record: { id: 'c1', name: '' }, location: { index: 1, line: 1 } }])) {
 *   console.log(finding.ruleId, finding.message); //=> schema name must not be blank
 * }
 * ```
 * @category Check
 */
export async function* checkEntries(entries: CheckSource<CheckEntry>, options: CheckOptions = {}): AsyncGenerator<CheckFinding, number, undefined> {
  const catalog = options.catalog ?? defaultStatusCatalog;
  const customFields = options.customFields ?? (noCustomFields ??= compileCustomFields(undefined, builtInFieldNames()));
  const index = new DatasetIndex(catalog);
  const fields = options.fields && Object.keys(options.fields).length > 0 ? options.fields : undefined;
  let byLine = false;
  let out: CheckFinding[] = [];

  const related = { worksites: options.worksites !== undefined, orders: options.orders !== undefined, assignments: options.assignments !== undefined };
  const visitors: CheckVisitor[] = [];
  let reportSchema: CheckContext['report'] | undefined;
  for (const rule of checkRules) {
    const level: RuleSetting = options.rules?.[rule.id] ?? rule.defaultSeverity;
    // A rule that is off may still be on for a field.
    if (level === 'off' && !(fields && Object.values(fields).some((s) => typeof s === 'object' && s[rule.id] !== undefined && s[rule.id] !== 'off'))) continue;
    const report: CheckContext['report'] = (message: string, recordId: string | null, path: readonly (string | number)[], location: RecordLocation) => {
      const severity = fields ? severityOf(level, rule.id, path, fields) : level;
      if (severity !== 'off') out.push({ ruleId: rule.id, severity, message, recordId, path, location });
    };
    if (rule.id === 'schema') reportSchema = report;
    visitors.push(rule.create({ catalog, index, customFields, related, at: (position) => messages.checkAt(position, byLine), report }));
  }
  const onRecord = visitors.filter((v) => v.record).map((v) => v.record!.bind(v));

  let count = 0;
  for await (const entry of entries) {
    count++;
    if (count === 1) byLine = entry.location.line !== undefined;
    const { record: value, location } = entry;
    if (!isRecordObject(value)) reportSchema?.(messages.checkField('', messages.expected(messages.anObject)), null, [], location);
    else {
      const id = value['id'];
      const parentId = isRecordId(value['parentId']) ? value['parentId'] : null;
      const status = index.statusNamed(value['status']);
      const { index: place, duplicate } = isRecordId(id) ? index.declare(id, status, parentId, location) : { index: -1, duplicate: false };
      const visited: VisitedRecord = { value, location, recordId: recordNameOf(id), index: place, duplicate, status, parentId, columns: entry.columns };
      for (const visit of onRecord) visit(visited);
    }
    if (out.length > 0) {
      const found = out;
      out = [];
      yield* found;
    }
    if (count % progressEvery === 0) options.onProgress?.(count);
  }
  options.onProgress?.(count);

  for (const visitor of visitors) visitor.finish?.();
  yield* out;
  out = [];

  const kinds = [
    ['worksite', options.worksites],
    ['order', options.orders],
    ['assignment', options.assignments],
  ] as const;
  for (const [kind, source] of kinds) {
    const hooks = visitors.filter((v) => v[kind]).map((v) => v[kind]!.bind(v));
    if (!source || hooks.length === 0) continue;
    for await (const { record: value, location, columns } of source) {
      const customerId = isRecordObject(value) ? value['customerId'] : undefined;
      if (!isRecordId(customerId)) {
        reportSchema?.(messages.checkField('customerId', customerId === undefined ? messages.required : messages.notAnId), isRecordObject(value) ? recordNameOf(value['id']) : null, ['customerId'], location);
      } else {
        const customer = index.find(customerId);
        if (customer !== -1 && index.isDeclared(customer)) {
          const work: RelatedRecord = { value: value as Record<string, unknown>, location, customerId, customer, columns };
          for (const hook of hooks) hook(work);
        }
      }
      if (out.length > 0) {
        const found = out;
        out = [];
        yield* found;
      }
    }
  }
  return count;
}
