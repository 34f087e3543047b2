import type { Draft } from '../adapters/port/Repository.js';
import type { EntityName, RecordOf } from '../adapters/port/entities.js';

/**
 * The ids a fixture record refers to. Repositories do not check these references (except a
 * customer's `parentId`), but the conformance suite still points them at records it has saved, so
 * a store that does enforce foreign keys passes too.
 */
export interface FixtureRefs {
  /** The branch-hierarchy level records belong to. */
  readonly branchId: string;
  /** The service rep who creates, owns or is assigned records. */
  readonly repId: string;
  /** The customer records hang off. */
  readonly customerId: string;
  /** The order assignments are placed on. */
  readonly orderId: string;
}

/** The references fixture builders use when none are given; valid ids that no store needs to hold. */
const defaultRefs: FixtureRefs = { branchId: 'branch-1', repId: 'rep-1', customerId: 'customer-1', orderId: 'order-1' };

const at = '2026-01-15T09:30:00.000Z';

// Builders return canonical values (two-place money, UTC instants), so what a store returns after
// parsing equals the draft field for field.
const builders = {
  customers: (refs: FixtureRefs, n: number) => ({
    name: `Customer ${n}`,
    parentId: null,
    status: 'P',
    branchId: refs.branchId,
    contactAddress: null,
    billingAddress: null,
    defaultWorksiteId: null,
    phone: null,
    email: null,
    socialHandles: [],
    accountManagerId: refs.repId,
    salesTeamId: null,
    defaultWorkerCompCode: null,
    terms: null,
    notes: '',
    duplicateOfId: null,
    createdAt: at,
    createdBy: refs.repId,
    updatedAt: at,
    updatedBy: refs.repId,
  }),
  worksites: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    name: `Worksite ${n}`,
    address: { line1: `${100 + n} Main St`, city: 'Minneapolis', region: 'MN', postalCode: '55401', country: 'US', standardized: false },
    timeZone: 'America/Chicago',
    directions: 'Dock 4, rear entrance',
    dressCode: 'Steel-toe boots',
    createdAt: at,
  }),
  branches: (_refs: FixtureRefs, n: number) => ({
    name: `Branch ${n}`,
    parentId: null,
    kind: 'branch',
    setup: { defaultWorkerCompCode: null, defaultTerms: null, requireAddressStandardization: null },
  }),
  reps: (refs: FixtureRefs, n: number) => ({
    name: `Rep ${n}`,
    branchId: refs.branchId,
    salesTeamId: null,
    roles: [{ name: 'Recruiter', permissions: ['customer.read', 'customer.add'] }],
  }),
  contacts: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    firstName: 'Dana',
    lastName: `Contact ${n}`,
    title: 'Plant manager',
    phone: '+1 612 555 0100',
    email: null,
    active: true,
    createdAt: at,
    createdBy: refs.repId,
  }),
  messages: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    contactId: null,
    authorId: refs.repId,
    at,
    method: 'phone',
    text: `Called about next week's shifts (${n})`,
  }),
  orders: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    type: 'Temp',
    jobTitle: `Forklift operator ${n}`,
    worksiteId: null,
    positions: 2,
    state: 'open',
    startDate: '2026-03-02',
    endDate: null,
    payRate: '18.5000',
    billRate: '27.7500',
    estimatedHours: null,
    estimatedBilling: '0.00',
    creditOverride: null,
    closedAt: null,
    closeReason: '',
    createdAt: at,
    createdBy: refs.repId,
  }),
  assignments: (refs: FixtureRefs, n: number) => ({
    orderId: refs.orderId,
    customerId: refs.customerId,
    employeeId: `employee-${n}`,
    jobTitle: `Forklift operator ${n}`,
    payRate: '18.5000',
    billRate: '27.7500',
    startDate: '2026-03-02',
    endDate: null,
    state: 'active',
    endReason: '',
    createdAt: at,
    createdBy: refs.repId,
  }),
  invoices: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    invoiceDate: '2026-03-09',
    billed: `${1000 + n}.50`,
    cost: '900.00',
    dueDate: '2026-04-08',
    hours: '40.00',
    paid: '0.00',
    state: 'open',
    memo: '',
    createdAt: at,
    createdBy: refs.repId,
  }),
  tasks: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    assignedToId: refs.repId,
    title: `Follow up ${n}`,
    dueDate: '2026-02-01',
    completed: false,
    completedAt: null,
    completedBy: null,
    createdAt: at,
    createdBy: refs.repId,
  }),
  hotlists: (refs: FixtureRefs, n: number) => ({
    name: `Hotlist ${n}`,
    ownerId: refs.repId,
  }),
  favorites: (refs: FixtureRefs, n: number) => ({
    repId: refs.repId,
    customerId: refs.customerId,
    createdAt: `2026-01-15T09:30:${String(n % 60).padStart(2, '0')}.000Z`,
  }),
  statusChanges: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    from: 'P',
    to: 'A',
    reason: `First order placed (${n})`,
    duplicateOfId: null,
    cascadedFromId: null,
    merged: false,
    recordVersion: n + 1,
    at,
    by: refs.repId,
  }),
  customerMoves: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    fromParentId: null,
    toParentId: null,
    recordVersion: n + 2,
    at,
    by: refs.repId,
  }),
  bars: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    employeeId: `employee-${n}`,
    covers: 'record',
    reason: `No-show twice (${n})`,
    state: 'active',
    createdAt: at,
    createdBy: refs.repId,
    removedAt: null,
    removedBy: null,
    removalReason: '',
  }),
  invoiceLines: (refs: FixtureRefs, n: number) => ({
    invoiceId: 'invoice-1',
    customerId: refs.customerId,
    invoiceDate: '2026-03-09',
    assignmentId: null,
    employeeId: `employee-${n}`,
    description: `Week ending 2026-03-06 (${n})`,
    hours: '40.00',
    payRate: '18.5000',
    billRate: '27.7500',
    pay: '740.00',
    bill: '1110.00',
  }),
  payments: (refs: FixtureRefs, n: number) => ({
    invoiceId: 'invoice-1',
    customerId: refs.customerId,
    amount: `${100 + n}.00`,
    receivedOn: '2026-03-20',
    reference: `Check ${n}`,
    createdAt: at,
    createdBy: refs.repId,
  }),
  creditLimits: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    limit: `${50000 + n}.00`,
    warnAtPercent: 80,
    blockOverdueDays: 60,
    setBy: refs.repId,
  }),
  hotlistMembers: (refs: FixtureRefs, n: number) => ({
    hotlistId: `hotlist-${n}`,
    customerId: refs.customerId,
    addedAt: at,
    addedBy: refs.repId,
  }),
  lastSearches: (refs: FixtureRefs, n: number) => ({
    repId: `${refs.repId}-${n}`,
    query: '{"text":"acme"}',
    customerIds: [refs.customerId],
    at,
  }),
  timeClocks: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    deviceId: `TC-${n}`,
    assignedAt: at,
    assignedBy: refs.repId,
  }),
  rateChanges: (refs: FixtureRefs, n: number) => ({
    assignmentId: `assignment-${n}`,
    customerId: refs.customerId,
    orderId: refs.orderId,
    payBefore: '18.5000',
    payAfter: '19.0600',
    billBefore: '27.7500',
    billAfter: '28.5900',
    effectiveDate: '2026-03-02',
    reason: `Annual raise (${n})`,
    at,
    by: refs.repId,
  }),
  multiplierCodes: (refs: FixtureRefs, n: number) => ({
    customerId: refs.customerId,
    markupPercent: `${40 + n}.0000`,
    overtimeBillFactor: '1.5000',
    doubleTimeBillFactor: '2.0000',
    minGpPercent: '20.0000',
    targetGpPercent: null,
    minMarkupPercent: null,
    targetMarkupPercent: '45.0000',
    updatedAt: at,
    updatedBy: refs.repId,
  }),
} satisfies { readonly [E in EntityName]: (refs: FixtureRefs, n: number) => Record<string, unknown> };

/**
 * Builds a small, valid draft of one kind of record, ready for `insert`: every field set, in the
 * canonical form a store returns (so the saved record equals the draft plus `id` and `version`).
 *
 * @param entity - the kind of record
 * @param overrides - fields to set instead of the defaults
 * @param refs - the ids the record refers to (branch, rep, customer, order); valid placeholders when left out
 * @param n - a number that makes names and texts distinct between drafts
 * @returns the draft
 * @example
 * ```ts
 * const draft = fixture('customers', { name: 'Acme', branchId: branch.id });
 * const saved = await store.transaction((tx) => tx.customers.insert(draft));
 * ```
 */
export function fixture<E extends EntityName>(
  entity: E,
  overrides: Partial<Record<keyof Draft<RecordOf<E>>, unknown>> = {},
  refs: Partial<FixtureRefs> = {},
  n = 1,
): Draft<RecordOf<E>> {
  const base = builders[entity]({ ...defaultRefs, ...refs }, n);
  return { ...base, ...overrides } as unknown as Draft<RecordOf<E>>;
}
