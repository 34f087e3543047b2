import type * as z from 'zod';
import { issuesOf, parseOptions } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { Customer, type StatusDefinition } from '../../model/index.js';
import { normalizeCustomerName } from '../findLikelyDuplicates.js';
import { defaultStatusCatalog, type StatusCatalog } from '../statusCatalog.js';
import type { CheckEntry, CheckFinding, RecordLocation, RuleSetting } from './CheckFinding.js';
import { checkRules, type CheckRuleId } from './checkRules.js';
import { Column } from './_internal/Column.js';
import { FingerprintIndex, fingerprint } from './_internal/FingerprintIndex.js';

/**
 * Records to check: any iterable, or any async iterable such as a stream being read.
 * @category Check
 */
export type CheckSource<T> = Iterable<T> | AsyncIterable<T>;

/**
 * How the dataset check runs: the catalog, rule severities and the related files.
 * @category Check
 */
export interface CheckOptions<T = CheckEntry> {
  /** The organization's status catalog; the default P/A/H/I/X when left out. */
  readonly catalog?: StatusCatalog | undefined;
  /** Severities by rule id (`off`, `warn`, `error`); a rule left out keeps its default severity. */
  readonly rules?: Readonly<Partial<Record<CheckRuleId, RuleSetting>>> | undefined;
  /** The worksites (`{ customerId }` each), for `no-default-worksite`. Read after the customers. */
  readonly worksites?: CheckSource<T> | undefined;
  /** The orders (`{ id, customerId, state? }` each), for `order-on-blocked-customer`. Read after the customers. */
  readonly orders?: CheckSource<T> | undefined;
  /** The assignments (`{ id, customerId, state? }` each), for `assignment-on-blocked-customer`. Read after the customers. */
  readonly assignments?: CheckSource<T> | undefined;
  /** Called with the number of customer records checked so far, every 16,384 records and at the end. */
  readonly onProgress?: ((checked: number) => void) | undefined;
}

// The flags of a record, one 16-bit word each: the status's place in the catalog, then bits.
const statusMask = 0x3f;
const noStatus = statusMask;
const declared = 1 << 6;
const defaultShift = 7; // 2 bits: 0 field absent, 1 null, 2 set
const worksiteReported = 1 << 9;
const effectiveDone = 1 << 10;
const effectiveOrders = 1 << 11;
const effectiveAssignments = 1 << 12;
const visiting = 1 << 13;
const visited = 1 << 14;
const onCycle = 1 << 15;

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;
const statusPattern = /^[A-Z][A-Z0-9]{0,7}$/;
const progressEvery = 1 << 14;

const isId = (value: unknown): value is string => typeof value === 'string' && idPattern.test(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A value to name a record by in a finding, even when it is not a valid id. */
const nameOf = (value: unknown): string | null => (typeof value === 'string' ? (value.length > 80 ? `${value.slice(0, 77)}...` : value) : null);

let recordSchema: z.ZodType | undefined;
let customerFields: ReadonlySet<string> | undefined;

/** A department found before its parent: checked once the whole export has been read. */
interface Pending {
  readonly id: string;
  readonly parentId: string;
  readonly child: number;
  readonly parent: number;
  readonly location: RecordLocation;
}

/**
 * Checks a customer export against staffcore's rules as it streams by, yielding each finding as
 * soon as it is known: a record's own problems (schema, unknown field, unknown status, active
 * without a billing address, likely duplicate name, duplicate id) when it is read; parents,
 * cycles and deleted parents once every record is in; then the worksites, orders and assignments.
 *
 * Memory stays bounded: of each record only a 64-bit fingerprint of its id, its parent's place,
 * its status and a few bits are kept, and one fingerprint per distinct name key (about 45 bytes a
 * record in all).
 * Departments that come before their parent are held until the end (about 100 bytes each), so an
 * export written parents first, as staffcore writes them, checks in the least memory. It never
 * throws on bad data: anything that is not a record is a `schema` finding.
 *
 * @param entries - the customer records, each with where it came from
 * @param options - catalog, rule severities, related files, progress callback
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
  const statuses: readonly StatusDefinition[] = catalog.statuses.slice(0, statusMask);
  const statusIndex = new Map(statuses.map((status, index) => [status.code, index]));
  const severity = new Map<CheckRuleId, RuleSetting>(checkRules.map((rule) => [rule.id, options.rules?.[rule.id] ?? rule.defaultSeverity]));
  const on = (rule: CheckRuleId) => severity.get(rule) !== 'off';
  recordSchema ??= Customer.partial().required({ id: true, name: true });
  customerFields ??= new Set(Object.keys(Customer.shape));
  const schema = recordSchema;
  const fields = customerFields;

  const ids = new FingerprintIndex();
  const flags = new Column((n) => new Uint16Array(n));
  const parents = new Column((n) => new Uint32Array(n)); // the parent's index + 1; 0 for none
  const firstAt = new Column((n) => new Uint32Array(n));
  const names = new FingerprintIndex();
  const nameFirstAt = new Column((n) => new Uint32Array(n));
  const pending: Pending[] = [];
  let byLine = false;
  let out: CheckFinding[] = [];

  const report = (ruleId: CheckRuleId, message: string, recordId: string | null, path: readonly (string | number)[], location: RecordLocation) => {
    const level = severity.get(ruleId);
    if (level === 'off' || level === undefined) return;
    out.push({ ruleId, severity: level, message, recordId, path, location });
  };
  const positionOf = (location: RecordLocation) => location.line ?? location.index;
  const statusOfIndex = (index: number) => statuses[flags.get(index) & statusMask];
  const isDeletion = (index: number) => statusOfIndex(index)?.isDeletion === true;

  const checkRecord = (value: unknown, location: RecordLocation) => {
    if (!isObject(value)) {
      report('schema', messages.checkField('', messages.expected(messages.anObject)), null, [], location);
      return;
    }
    const recordId = nameOf(value['id']);
    if (on('unknown-field')) {
      for (const key of Object.keys(value)) {
        if (!fields.has(key)) report('unknown-field', messages.checkUnknownField(key), recordId, [key], location);
      }
    }
    if (on('schema')) {
      // Parsed bare first: zod's fast path is off with a custom error map, and the wording is only needed for a bad record.
      if (!schema.safeParse(value).success) {
        const parsed = schema.safeParse(value, parseOptions);
        if (!parsed.success) for (const issue of issuesOf(parsed.error)) report('schema', messages.checkField(issue.path.join('.'), issue.message), recordId, issue.path, location);
      }
    }
    const status = value['status'];
    let statusAt = noStatus;
    if (typeof status === 'string') {
      statusAt = statusIndex.get(status) ?? noStatus;
      if (statusAt === noStatus && statusPattern.test(status)) report('unknown-status', messages.checkUnknownStatus(status), recordId, ['status'], location);
    }
    const definition = statuses[statusAt];
    if (definition?.isActive && 'billingAddress' in value && value['billingAddress'] === null) {
      report('active-without-billing-address', messages.checkActiveWithoutBilling(recordId ?? '', definition.code), recordId, ['billingAddress'], location);
    }

    const id = value['id'];
    if (!isId(id)) return;
    const key = fingerprint(id);
    let index = ids.find(key);
    if (index === -1) index = ids.add(key);
    else if (flags.get(index) & declared) {
      report('duplicate-id', messages.checkDuplicateId(id, messages.checkAt(firstAt.get(index), byLine)), id, ['id'], location);
      return;
    }
    const defaultWorksite = !('defaultWorksiteId' in value) ? 0 : value['defaultWorksiteId'] === null ? 1 : 2;
    flags.set(index, statusAt | declared | (defaultWorksite << defaultShift));
    firstAt.set(index, positionOf(location));

    const parentId = value['parentId'];
    if (isId(parentId)) {
      if (parentId === id) report('cycle', messages.ownParent(id), id, ['parentId'], location);
      else {
        const parentKey = fingerprint(parentId);
        let parent = ids.find(parentKey);
        if (parent === -1) {
          parent = ids.add(parentKey);
          flags.set(parent, noStatus);
        }
        parents.set(index, parent + 1);
        if (!(flags.get(parent) & declared)) pending.push({ id, parentId, child: index, parent, location });
        else if (isDeletion(parent) && !definition?.isDeletion) {
          report('department-under-deleted', messages.checkUnderDeleted(id, parentId, statusOfIndex(parent)!.code), id, ['parentId'], location);
        }
      }
    }

    const branchId = value['branchId'];
    const name = value['name'];
    if (on('likely-duplicate-name') && isId(branchId) && typeof name === 'string' && !definition?.isDeletion) {
      const nameKey = normalizeCustomerName(name);
      if (nameKey !== '') {
        const nameFingerprint = fingerprint(`${branchId}\u0001${isId(parentId) ? parentId : ''}\u0001${nameKey}`);
        const first = names.find(nameFingerprint);
        if (first === -1) nameFirstAt.set(names.add(nameFingerprint), positionOf(location));
        else report('likely-duplicate-name', messages.checkDuplicateName(name, nameKey, messages.checkAt(nameFirstAt.get(first), byLine)), id, ['name'], location);
      }
    }
  };

  /** Marks the records on a cycle; only a department read before its parent can close one. */
  const findCycles = () => {
    const path: number[] = [];
    for (const { child } of pending) {
      path.length = 0;
      for (let node = child; ; ) {
        const f = flags.get(node);
        if (f & visited) break;
        if (f & visiting) {
          let member = node;
          do {
            flags.set(member, flags.get(member) | onCycle);
            member = parents.get(member) - 1;
          } while (member !== node);
          break;
        }
        flags.set(node, f | visiting);
        path.push(node);
        const parent = parents.get(node);
        if (parent === 0) break;
        node = parent - 1;
      }
      for (const node of path) flags.set(node, (flags.get(node) & ~visiting) | visited);
    }
  };

  /** Whether a record's effective status allows orders and assignments, worked out once per record. */
  const effective = (start: number): number => {
    const path: number[] = [];
    let node = start;
    while (node >= 0 && !(flags.get(node) & (effectiveDone | visiting))) {
      flags.set(node, flags.get(node) | visiting);
      path.push(node);
      node = parents.get(node) - 1;
    }
    let allowed = node >= 0 && flags.get(node) & effectiveDone ? flags.get(node) & (effectiveOrders | effectiveAssignments) : effectiveOrders | effectiveAssignments;
    for (let i = path.length - 1; i >= 0; i--) {
      const status = statusOfIndex(path[i]!);
      if (status && !status.allowsOrders) allowed &= ~effectiveOrders;
      if (status && !status.allowsAssignments) allowed &= ~effectiveAssignments;
      flags.set(path[i]!, (flags.get(path[i]!) & ~visiting) | effectiveDone | allowed);
    }
    return flags.get(start) & (effectiveOrders | effectiveAssignments);
  };

  /** The nearest record on the path to the root whose status forbids the kind of work. */
  const blockerOf = (start: number, kind: 'order' | 'assignment') => {
    let node = start;
    for (let steps = 0; node >= 0 && steps <= ids.size; steps++) {
      const status = statusOfIndex(node);
      if (status && !(kind === 'order' ? status.allowsOrders : status.allowsAssignments)) return { status, inherited: node !== start };
      node = parents.get(node) - 1;
    }
    return null;
  };

  const checkRelated = (kind: 'worksite' | 'order' | 'assignment', value: unknown, location: RecordLocation) => {
    const customerId = isObject(value) ? value['customerId'] : undefined;
    if (!isId(customerId)) {
      report('schema', messages.checkField('customerId', customerId === undefined ? messages.required : messages.notAnId), isObject(value) ? nameOf(value['id']) : null, ['customerId'], location);
      return;
    }
    const index = ids.find(fingerprint(customerId));
    if (index === -1 || !(flags.get(index) & declared)) return;
    const f = flags.get(index);
    if (kind === 'worksite') {
      if (((f >>> defaultShift) & 3) === 1 && !(f & worksiteReported)) {
        flags.set(index, f | worksiteReported);
        report('no-default-worksite', messages.checkNoDefaultWorksite(customerId), customerId, ['defaultWorksiteId'], location);
      }
      return;
    }
    const record = value as Record<string, unknown>;
    const state = record['state'];
    if (kind === 'order' ? state !== undefined && state !== 'open' : state !== undefined && state !== 'active') return;
    const bit = kind === 'order' ? effectiveOrders : effectiveAssignments;
    if (effective(index) & bit) return;
    const blocker = blockerOf(index, kind);
    if (!blocker) return;
    const id = nameOf(record['id']) ?? `#${location.index}`;
    report(
      kind === 'order' ? 'order-on-blocked-customer' : 'assignment-on-blocked-customer',
      messages.checkBlocked(kind, id, customerId, blocker.status.code, blocker.status.name, blocker.inherited),
      nameOf(record['id']),
      ['customerId'],
      location,
    );
  };

  let count = 0;
  for await (const entry of entries) {
    count++;
    if (count === 1) byLine = entry.location.line !== undefined;
    checkRecord(entry.record, entry.location);
    if (out.length > 0) {
      const found = out;
      out = [];
      yield* found;
    }
    if (count % progressEvery === 0) options.onProgress?.(count);
  }
  options.onProgress?.(count);

  for (const { id, parentId, child, parent, location } of pending) {
    if (!(flags.get(parent) & declared)) report('missing-parent', messages.checkMissingParent(id, parentId), id, ['parentId'], location);
    else if (isDeletion(parent) && !isDeletion(child)) {
      report('department-under-deleted', messages.checkUnderDeleted(id, parentId, statusOfIndex(parent)!.code), id, ['parentId'], location);
    }
  }
  if (on('cycle') && pending.length > 0) {
    findCycles();
    for (const { id, child, location } of pending) if (flags.get(child) & onCycle) report('cycle', messages.checkCycle(id), id, ['parentId'], location);
  }
  yield* out;
  out = [];

  const related = [
    ['worksite', on('no-default-worksite') ? options.worksites : undefined],
    ['order', on('order-on-blocked-customer') ? options.orders : undefined],
    ['assignment', on('assignment-on-blocked-customer') ? options.assignments : undefined],
  ] as const;
  for (const [kind, source] of related) {
    if (!source) continue;
    for await (const entry of source) {
      checkRelated(kind, entry.record, entry.location);
      if (out.length > 0) {
        const found = out;
        out = [];
        yield* found;
      }
    }
  }
  return count;
}
