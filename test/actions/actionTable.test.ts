import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { allActions as actionTable, type AllActions as ActionTable } from '../../src/index.js';
import { entityNames, isAudited } from '../../src/adapters/port/index.js';
import { defineCustomFields, listActions, messages, permissions, standardRoles, type ActionDefinition, type ActorInput, type CustomFieldSet, type Staffcore } from '../../src/index.js';
import { errorCodes } from '../../src/errors/errorCodes.js';
import { buildAgency, mainStreet, type Agency } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';

/** What the samples refer to: a record of each kind the acting rep may see, and one of another branch. */
interface Refs {
  readonly agency: Agency;
  /** A hotlist with no members yet. */
  readonly hotlistId: string;
  /** A record of the acting rep's level that duplicates `mine`. */
  readonly duplicateId: string;
  readonly mine: { readonly customerId: string; readonly worksiteId: string; readonly version: number } & Work;
  readonly theirs: { readonly customerId: string; readonly worksiteId: string } & Work;
}

/** An order with an active assignment, a bar and an open invoice on a record. */
interface Work {
  readonly orderId: string;
  /** An order with no assignments, ready to close. */
  readonly emptyOrderId: string;
  readonly assignmentId: string;
  readonly barId: string;
  readonly invoiceId: string;
  readonly contactId: string;
  readonly taskId: string;
}

/**
 * How the table test calls one action: a valid input for a rep at Minneapolis, and an input naming
 * a record outside that rep's level — or, for an action that names no record, why: its result is
 * then checked to show nothing of Minneapolis to the same rep placed at St. Paul, unless the action
 * spans every level (`everyLevel`) or its result holds no record a scope could hide (`noRecord`).
 */
interface Sample {
  readonly input: (refs: Refs) => Record<string, unknown>;
  readonly outOfScope: ((refs: Refs) => Record<string, unknown>) | { readonly notScoped: string; readonly everyLevel?: true; readonly noRecord?: true };
  /** Options the scope check's instances need for the action to show anything (a custom-field declaration). */
  readonly options?: { readonly customFields: CustomFieldSet };
}

const samples: { readonly [G in keyof ActionTable]: { readonly [A in keyof ActionTable[G]]: Sample } } = {
  customers: {
    add: { input: () => ({ name: 'Zenith Tools' }), outOfScope: (r) => ({ name: 'Zenith Tools', parentId: r.theirs.customerId }) },
    addMany: {
      input: () => ({ rows: [{ name: 'Zenith Tools' }, { name: 'Apex Staffing', phone: '+1 612 555 0199' }] }),
      outOfScope: (r) => ({ rows: [{ name: 'Zenith Tools', parentId: r.theirs.customerId }] }),
    },
    get: { input: (r) => ({ id: r.mine.customerId }), outOfScope: (r) => ({ id: r.theirs.customerId }) },
    search: { input: () => ({ text: 'acme' }), outOfScope: (r) => ({ branchId: r.agency.ids.stPaul }) },
    update: {
      input: (r) => ({ id: r.mine.customerId, version: r.mine.version, changes: { notes: 'Call first' } }),
      outOfScope: (r) => ({ id: r.theirs.customerId, version: 1, changes: { notes: 'Call first' } }),
    },
    changeStatus: { input: (r) => ({ id: r.mine.customerId, to: 'A' }), outOfScope: (r) => ({ id: r.theirs.customerId, to: 'A' }) },
    copyContactToBilling: { input: (r) => ({ id: r.mine.customerId }), outOfScope: (r) => ({ id: r.theirs.customerId }) },
    statusHistory: { input: (r) => ({ id: r.mine.customerId }), outOfScope: (r) => ({ id: r.theirs.customerId }) },
    capabilities: { input: (r) => ({ id: r.mine.customerId }), outOfScope: (r) => ({ id: r.theirs.customerId }) },
    move: { input: (r) => ({ id: r.mine.customerId, newParentId: null, version: r.mine.version }), outOfScope: (r) => ({ id: r.theirs.customerId, newParentId: null, version: 1 }) },
    moveTargets: { input: (r) => ({ id: r.mine.customerId }), outOfScope: (r) => ({ id: r.theirs.customerId }) },
    moveHistory: { input: (r) => ({ id: r.mine.customerId, scope: 'master' }), outOfScope: (r) => ({ id: r.theirs.customerId }) },
    applyDefaultsToDepartments: {
      input: (r) => ({ id: r.mine.customerId, fields: ['terms'], version: r.mine.version }),
      outOfScope: (r) => ({ id: r.theirs.customerId, fields: ['terms'], version: 1 }),
    },
    view: { input: (r) => ({ id: r.mine.customerId }), outOfScope: (r) => ({ id: r.theirs.customerId }) },
    actions: { input: (r) => ({ id: r.mine.customerId }), outOfScope: (r) => ({ id: r.theirs.customerId }) },
    neighbors: { input: (r) => ({ id: r.mine.customerId }), outOfScope: (r) => ({ id: r.theirs.customerId }) },
    merge: { input: (r) => ({ from: r.duplicateId, into: r.mine.customerId }), outOfScope: (r) => ({ from: r.theirs.customerId, into: r.mine.customerId }) },
    setMultiplierCodes: {
      input: (r) => ({ customerId: r.mine.customerId, codes: { markupPercent: '40', minGpPercent: '20' } }),
      outOfScope: (r) => ({ customerId: r.theirs.customerId, codes: { markupPercent: '40' } }),
    },
    multiplierCodes: { input: (r) => ({ customerId: r.mine.customerId }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
  },
  departments: {
    add: { input: (r) => ({ name: 'Shipping', parentId: r.mine.customerId }), outOfScope: (r) => ({ name: 'Shipping', parentId: r.theirs.customerId }) },
  },
  worksites: {
    add: {
      input: (r) => ({ customerId: r.mine.customerId, address: { ...mainStreet, line1: '9 Dock Rd' } }),
      outOfScope: (r) => ({ customerId: r.theirs.customerId, address: mainStreet }),
    },
    setDefault: {
      input: (r) => ({ customerId: r.mine.customerId, worksiteId: r.mine.worksiteId }),
      outOfScope: (r) => ({ customerId: r.mine.customerId, worksiteId: r.theirs.worksiteId }),
    },
    list: { input: (r) => ({ customerId: r.mine.customerId }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
  },
  orders: {
    create: {
      input: (r) => ({ customerId: r.mine.customerId, jobTitle: 'Picker', startDate: '2026-12-01' }),
      outOfScope: (r) => ({ customerId: r.theirs.customerId, jobTitle: 'Picker', startDate: '2026-12-01' }),
    },
    list: { input: (r) => ({ customerId: r.mine.customerId, active: false }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
    close: { input: (r) => ({ id: r.mine.emptyOrderId }), outOfScope: (r) => ({ id: r.theirs.emptyOrderId }) },
  },
  assignments: {
    create: {
      input: (r) => ({ orderId: r.mine.orderId, employeeId: 'E-2' }),
      outOfScope: (r) => ({ orderId: r.theirs.orderId, employeeId: 'E-2' }),
    },
    end: { input: (r) => ({ id: r.mine.assignmentId, endDate: '2026-12-20' }), outOfScope: (r) => ({ id: r.theirs.assignmentId, endDate: '2026-12-20' }) },
    list: { input: (r) => ({ customerId: r.mine.customerId }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
    massUpdateRates: {
      input: (r) => ({ customerId: r.mine.customerId, pay: { raiseBy: '0.50' }, keepMarkup: true, effectiveDate: '2026-12-14', reason: 'Annual raise' }),
      outOfScope: (r) => ({ customerId: r.theirs.customerId, pay: { raiseBy: '0.50' }, effectiveDate: '2026-12-14', reason: 'Annual raise' }),
    },
  },
  bars: {
    add: {
      input: (r) => ({ customerId: r.mine.customerId, employeeId: 'E-3', reason: 'Late twice' }),
      outOfScope: (r) => ({ customerId: r.theirs.customerId, employeeId: 'E-3', reason: 'Late twice' }),
    },
    remove: { input: (r) => ({ id: r.mine.barId, reason: 'Cleared' }), outOfScope: (r) => ({ id: r.theirs.barId, reason: 'Cleared' }) },
    list: { input: (r) => ({ customerId: r.mine.customerId, scope: 'master' }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
  },
  invoices: {
    create: {
      input: (r) => ({ customerId: r.mine.customerId, invoiceDate: '2026-12-07', lines: [{ assignmentId: r.mine.assignmentId, hours: '8' }] }),
      outOfScope: (r) => ({ customerId: r.theirs.customerId, invoiceDate: '2026-12-07', lines: [{ assignmentId: r.theirs.assignmentId, hours: '8' }] }),
    },
    createZeroDollar: { input: (r) => ({ customerId: r.mine.customerId }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
    get: { input: (r) => ({ id: r.mine.invoiceId }), outOfScope: (r) => ({ id: r.theirs.invoiceId }) },
    list: { input: (r) => ({ customerId: r.mine.customerId }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
    recordPayment: {
      input: (r) => ({ invoiceId: r.mine.invoiceId, amount: '10.00', receivedOn: '2026-12-10' }),
      outOfScope: (r) => ({ invoiceId: r.theirs.invoiceId, amount: '10.00', receivedOn: '2026-12-10' }),
    },
  },
  credit: {
    setLimit: { input: (r) => ({ customerId: r.mine.customerId, limit: '5000.00' }), outOfScope: (r) => ({ customerId: r.theirs.customerId, limit: '5000.00' }) },
    check: { input: (r) => ({ customerId: r.mine.customerId, orderAmount: '100.00' }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
  },
  hierarchy: {
    addLevel: {
      input: (r) => ({ name: 'Bloomington', parentId: r.agency.ids.minneapolis }),
      outOfScope: (r) => ({ name: 'Woodbury', parentId: r.agency.ids.stPaul }),
    },
    list: { input: () => ({}), outOfScope: { notScoped: 'lists the levels of the actor’s own scope; it names no record' } },
  },
  audit: {
    list: {
      input: (r) => ({ entity: 'customers', id: r.mine.customerId }),
      outOfScope: (r) => ({ entity: 'customers', id: r.theirs.customerId }),
    },
  },
  changes: {
    since: { input: () => ({}), outOfScope: { notScoped: 'the change feed covers the whole store, for integrations', everyLevel: true } },
  },
  contacts: {
    add: { input: (r) => ({ customerId: r.mine.customerId, firstName: 'Pat' }), outOfScope: (r) => ({ customerId: r.theirs.customerId, firstName: 'Pat' }) },
    list: { input: (r) => ({ customerId: r.mine.customerId, active: false }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
    deactivate: { input: (r) => ({ id: r.mine.contactId }), outOfScope: (r) => ({ id: r.theirs.contactId }) },
    update: { input: (r) => ({ id: r.mine.contactId, version: 1, changes: { title: 'Buyer' } }), outOfScope: (r) => ({ id: r.theirs.contactId, version: 1, changes: { title: 'Buyer' } }) },
  },
  messages: {
    log: {
      input: (r) => ({ customerId: r.mine.customerId, method: 'phone', text: 'Asked for two pickers' }),
      outOfScope: (r) => ({ customerId: r.theirs.customerId, method: 'phone', text: 'Asked for two pickers' }),
    },
    list: { input: (r) => ({ customerId: r.mine.customerId }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
  },
  tasks: {
    add: { input: (r) => ({ customerId: r.mine.customerId, title: 'Send rates' }), outOfScope: (r) => ({ customerId: r.theirs.customerId, title: 'Send rates' }) },
    complete: { input: (r) => ({ id: r.mine.taskId }), outOfScope: (r) => ({ id: r.theirs.taskId }) },
    list: { input: (r) => ({ customerId: r.mine.customerId, incompleteOnly: false }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
  },
  hotlists: {
    create: { input: (r) => ({ name: 'Call this week', customerId: r.mine.customerId }), outOfScope: (r) => ({ name: 'Call this week', customerId: r.theirs.customerId }) },
    addMember: { input: (r) => ({ hotlistId: r.hotlistId, customerId: r.mine.customerId }), outOfScope: (r) => ({ hotlistId: r.hotlistId, customerId: r.theirs.customerId }) },
    members: { input: (r) => ({ hotlistId: r.hotlistId }), outOfScope: { notScoped: 'a hotlist belongs to no level; members outside the actor’s level are left out' } },
    list: { input: () => ({}), outOfScope: { notScoped: 'lists the actor’s own hotlists, which belong to no customer and no level', noRecord: true } },
  },
  favorites: {
    add: { input: (r) => ({ customerId: r.mine.customerId }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
    remove: { input: (r) => ({ customerId: r.mine.customerId }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
    list: { input: () => ({}), outOfScope: { notScoped: 'lists the actor’s own favorites, leaving out records outside their level' } },
  },
  timeClocks: {
    assign: { input: (r) => ({ customerId: r.mine.customerId, deviceId: 'TC-7' }), outOfScope: (r) => ({ customerId: r.theirs.customerId, deviceId: 'TC-7' }) },
    list: { input: (r) => ({ customerId: r.mine.customerId }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
  },
  social: {
    draftPost: { input: (r) => ({ customerId: r.mine.customerId, text: 'Hiring!' }), outOfScope: (r) => ({ customerId: r.theirs.customerId }) },
  },
  reports: {
    forCustomer: { input: (r) => ({ id: r.mine.customerId }), outOfScope: (r) => ({ id: r.theirs.customerId }) },
    run: {
      input: (r) => ({ name: 'customer.financialSummary', params: { customerId: r.mine.customerId, scope: 'master', from: '2026-12-01', to: '2026-12-31' } }),
      outOfScope: (r) => ({ name: 'customer.snapshot', params: { customerId: r.theirs.customerId } }),
    },
    csv: {
      input: (r) => ({ name: 'customer.snapshot', params: { customerId: r.mine.customerId, scope: 'master' } }),
      outOfScope: (r) => ({ name: 'customer.snapshot', params: { customerId: r.theirs.customerId } }),
    },
    json: {
      input: (r) => ({ name: 'customer.invoiceAging', params: { customerId: r.mine.customerId } }),
      outOfScope: (r) => ({ name: 'customer.invoiceAging', params: { customerId: r.theirs.customerId } }),
    },
  },
  customFields: {
    verify: {
      input: () => ({ entity: 'customers' }),
      outOfScope: { notScoped: 'it reads every record of a kind, keeping those in the actor’s scope' },
      // A required field no record has: every record in scope is listed as missing it.
      options: { customFields: defineCustomFields({ customers: { vmsId: z.string() } }) },
    },
  },
};

/** The integrations the table test's instances have, so that actions needing one can run. */
const integrations = { timeClock: true, twitter: true };

const actions = Object.entries(actionTable).flatMap(([group, table]) =>
  Object.entries(table).map(([name, definition]) => ({
    title: `${group}.${name}`,
    group,
    name,
    definition,
    sample: (samples as Record<string, Record<string, Sample>>)[group]![name]!,
  })),
);

/** The TSDoc of a group's member (`add` of `customers`) in the group's source file: what a host's editor and the reference show. */
function memberDoc(group: string, name: string): string {
  const folder = new URL(`../../src/actions/${group}/`, import.meta.url);
  const file = readdirSync(folder).find((entry) => readFileSync(new URL(entry, folder), 'utf8').includes(`defineGroup('${group}'`));
  const source = readFileSync(new URL(file!, folder), 'utf8');
  const member = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\n  ${name}(?::\\s*\\w+)?,\\n`).exec(source);
  return member?.[1] ?? '';
}

/** Arrays a read-only action returns that are parts of the one record it reads, not lists. */
const partsOfOneRecord: Readonly<Record<string, readonly string[]>> = { 'invoices.get': ['lines', 'payments'] };

/**
 * What every action returns: a named object that its result schema accepts — never a bare record —
 * and, for a list, the one page shape `{ items, next }`; a read-only action returns no list under
 * another name.
 */
function expectOneResultConvention(definition: ActionDefinition, result: unknown): void {
  const parsed = definition.result.safeParse(result);
  expect(parsed.success, `${definition.name}: ${parsed.error?.message}`).toBe(true);
  expect(result).toBeTypeOf('object');
  const named = result as Record<string, unknown>;
  expect('id' in named && 'version' in named, `${definition.name} returned a bare record`).toBe(false);
  if ('items' in named || 'next' in named) {
    expect(Object.keys(named).sort(), `${definition.name}: a page is { items, next }`).toEqual(['items', 'next']);
    expect(Array.isArray(named['items'])).toBe(true);
  } else if (definition.readOnly) {
    // Stored records (an id and a version) in an array are a list, and a list is a page; the parts
    // of the one record an action reads (an invoice's lines and payments) are that record's detail.
    const parts = partsOfOneRecord[definition.name] ?? [];
    const lists = Object.entries(named).filter(
      ([key, value]) => !parts.includes(key) && Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null && 'id' in item && 'version' in item),
    );
    expect(lists.map(([key]) => key), `${definition.name} returns records in a list that is not a page`).toEqual([]);
  }
}

/** A rep at Minneapolis with every permission: only the scope limits them. */
const minneapolisAdmin = (agency: Agency): ActorInput => ({ ...agency.dana, id: 'mia', roles: [standardRoles.administrator] });

async function setUp(): Promise<Refs> {
  const agency = await buildAgency();
  const withStandardizer = (actor: ActorInput) =>
    agency.as(actor, { addressStandardizer: { name: 'as is', standardize: async (address) => ({ ok: true, address }) }, integrations });
  const mine = await withStandardizer(agency.dana).customers.add({ name: 'Acme', address: mainStreet, socialHandles: [{ network: 'twitter', handle: 'acme' }] });
  const theirs = await agency.as(agency.lee).customers.add({ name: 'Capitol Foods', address: mainStreet });
  const admin = agency.as({ id: 'ada', name: 'Ada', branchId: agency.ids.company, roles: [standardRoles.administrator] });
  const work = async (customerId: string): Promise<Work> => {
    const { order } = await admin.orders.create({ customerId, jobTitle: 'Loader', startDate: '2026-12-01', positions: 3, payRate: '18.00', billRate: '27.00' });
    const { assignment } = await admin.assignments.create({ orderId: order.id, employeeId: 'E-1' });
    const { bar } = await admin.bars.add({ customerId, employeeId: 'E-9', reason: 'No-show' });
    const { invoice } = await admin.invoices.create({ customerId, invoiceDate: '2026-12-07', lines: [{ assignmentId: assignment.id, hours: '40' }] });
    const { order: empty } = await admin.orders.create({ customerId, jobTitle: 'Driver', startDate: '2026-12-01' });
    const { contact } = await admin.contacts.add({ customerId, firstName: 'Kim' });
    const { task } = await admin.tasks.add({ customerId, title: 'Call back' });
    return { orderId: order.id, emptyOrderId: empty.id, assignmentId: assignment.id, barId: bar.id, invoiceId: invoice.id, contactId: contact.id, taskId: task.id };
  };
  const mineWork = await work(mine.customer.id);
  const theirsWork = await work(theirs.customer.id);
  const { hotlist } = await admin.hotlists.create({ name: 'Prospects' });
  const { customer: duplicate } = await agency.as(agency.dana).customers.add({ name: 'Acme Inc' });
  await admin.contacts.add({ customerId: duplicate.id, firstName: 'Lou' });
  await agency.as(minneapolisAdmin(agency)).favorites.add({ customerId: mine.customer.id });
  return {
    agency,
    hotlistId: hotlist.id,
    duplicateId: duplicate.id,
    mine: { customerId: mine.customer.id, worksiteId: mine.worksite!.id, version: mine.customer.version, ...mineWork },
    theirs: { customerId: theirs.customer.id, worksiteId: theirs.worksite!.id, ...theirsWork },
  };
}

/** Every record of the store (id and version) and the length of the change feed. */
/** Every record's version (business records; `workingState` holds the unaudited ones, such as the last search) and the feed's length. */
async function snapshot(agency: Agency): Promise<{ records: Map<string, number>; workingState: Map<string, number>; events: number }> {
  return agency.store.transaction(async (tx) => {
    const records = new Map<string, number>();
    const workingState = new Map<string, number>();
    for (const entity of entityNames) {
      const into = isAudited(entity) ? records : workingState;
      for (const record of (await tx[entity].find({ limit: 10_000 })).items) into.set(`${entity}/${record.id}`, record.version);
    }
    return { records, workingState, events: (await tx.audit.since({ limit: 10_000 })).items.length };
  });
}

/**
 * Whether a result shows anything of Minneapolis: the level itself, a record of the level
 * (`branchId`), or a record or event of one of its customers.
 */
function showsMinneapolis(result: unknown, refs: Refs): boolean {
  const level = refs.agency.ids.minneapolis;
  const customers = new Set([refs.mine.customerId, refs.duplicateId]);
  const shows = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(shows);
    if (value === null || typeof value !== 'object') return false;
    const o = value as Record<string, unknown>;
    if (o['branchId'] === level || (o['id'] === level && 'kind' in o)) return true;
    if (customers.has(o['customerId'] as string) || (o['entity'] === 'customers' && customers.has(o['recordId'] as string))) return true;
    return Object.values(o).some(shows);
  };
  return shows(result);
}

const call = (sc: Staffcore, group: string, name: string, input: unknown) =>
  (sc as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[group]![name]!(input);

describe('the action table', () => {
  it('has a sample for every action (the samples are typed by the table)', () => {
    expect(actions.map((a) => `${a.group}.${a.name}`)).toContain('customers.search');
    expect(actions.length).toBe(Object.values(samples).flatMap((group) => Object.keys(group)).length);
  });

  it('lists every action once through listActions, in the groups’ order', () => {
    expect(listActions(actionTable).map((action) => action.name)).toEqual(actions.map((a) => a.title));
  });

  describe.each(actions)('$title', ({ group, name, definition, sample }) => {
    it('declares a permission of the catalog', () => {
      expect(permissions).toContain(definition.permission);
    });

    it('describes itself: its name, a one-line summary, its schemas and the refusals it can raise', () => {
      expect(definition.name).toBe(`${group}.${name}`);
      expect(definition.summary).toMatch(/^[A-Z][^\n]{10,200}\.$/);
      expect(typeof definition.input.safeParse).toBe('function');
      expect(typeof definition.result.safeParse).toBe('function');
      for (const code of definition.refusals) {
        expect(errorCodes).toContain(code);
        expect(['VALIDATION', 'FORBIDDEN', 'BUSY', 'STORE', 'INTERNAL']).not.toContain(code);
      }
      expect(new Set(definition.refusals).size).toBe(definition.refusals.length);
      // An action that reads a record the actor's scope can hide says it refuses with NOT_FOUND.
      if (typeof sample.outOfScope === 'function') expect(definition.refusals).toContain('NOT_FOUND');
    });

    it('is documented where an editor and the reference show it: its group’s member names its permission and every refusal', () => {
      const doc = memberDoc(group, name);
      expect(doc).toContain(`\`${definition.name}\``);
      expect(doc).toContain(`\`${definition.permission}\``);
      for (const code of definition.refusals) expect(doc).toContain(`\`${code}\``);
      expect(doc).toContain('@example');
    });

    it('runs read-only exactly when its permission is a read permission', () => {
      // A search also remembers itself as the actor's last search (for previous/next), so it writes
      // (working state, with no audit event); running a report only reads, under a permission of its own.
      const writesWhileReading = `${group}.${name}` === 'customers.search';
      expect(definition.readOnly === true).toBe((definition.permission.endsWith('.read') || definition.permission === 'report.run') && !writesWhileReading);
    });

    it('runs for a rep who holds the permission, and records one event per record it wrote or removed', async () => {
      const refs = await setUp();
      const before = await snapshot(refs.agency);
      const result = await call(refs.agency.as(minneapolisAdmin(refs.agency), { addressStandardizer: { name: 'as is', standardize: async (address) => ({ ok: true, address }) }, integrations }), group, name, sample.input(refs));
      expectOneResultConvention(definition, result);
      const after = await snapshot(refs.agency);
      const removed = [...before.records.keys()].filter((key) => !after.records.has(key)).length;
      const written = [...after.records].filter(([key, version]) => before.records.get(key) !== version).length + removed;
      expect(after.events - before.events).toBe(written);
    });

    it('refuses an actor without the permission with FORBIDDEN, and writes nothing', async () => {
      const refs = await setUp();
      const before = await snapshot(refs.agency);
      const powerless = refs.agency.as({ ...refs.agency.dana, roles: [{ name: 'none', permissions: [] }] });
      const error = await expectError(call(powerless, group, name, sample.input(refs)), 'FORBIDDEN');
      expect(error.message).toBe(`[staffcore] ${messages.forbidden(definition.permission)}`);
      expect(await snapshot(refs.agency)).toEqual(before);
    });

    it('refuses an unknown key with VALIDATION naming that key, and writes nothing', async () => {
      const refs = await setUp();
      const before = await snapshot(refs.agency);
      const sc = refs.agency.as(minneapolisAdmin(refs.agency), { integrations });
      const error = await expectError(call(sc, group, name, { ...sample.input(refs), colour: 'blue' }), 'VALIDATION');
      expect(error.details.path).toEqual(['colour']);
      expect(error.message).toBe(`[staffcore] Invalid ${definition.subject}: colour: ${messages.unknownField}`);
      expect(await snapshot(refs.agency)).toEqual(before);
    });

    const unscoped = typeof sample.outOfScope === 'function' ? null : sample.outOfScope;

    // Each action gets one of the two scope cases: NOT_FOUND for a record it names, or the check of what it shows.
    if (unscoped === null) it('reads a record outside the actor’s level as NOT_FOUND, and writes nothing', async () => {
      const refs = await setUp();
      if (typeof sample.outOfScope !== 'function') throw new Error('a sample that names no record');
      const before = await snapshot(refs.agency);
      const sc = refs.agency.as(minneapolisAdmin(refs.agency), { addressStandardizer: { name: 'as is', standardize: async (address) => ({ ok: true, address }) }, integrations });
      await expectError(call(sc, group, name, sample.outOfScope(refs)), 'NOT_FOUND');
      expect(await snapshot(refs.agency)).toEqual(before);
    });

    if (unscoped?.noRecord) it.skip(`names no record (skipped: ${unscoped.notScoped})`, () => {});

    if (unscoped !== null && !unscoped.noRecord) it(
      unscoped?.everyLevel
        ? `shows Minneapolis’s records to a rep of another level too (${unscoped.notScoped})`
        : `names no record, and shows nothing of Minneapolis to the same rep at St. Paul (${unscoped?.notScoped})`,
      async () => {
        const refs = await setUp();
        const { agency } = refs;
        const atMinneapolis = agency.as(minneapolisAdmin(agency), { integrations, ...sample.options });
        await atMinneapolis.hotlists.addMember({ hotlistId: refs.hotlistId, customerId: refs.mine.customerId });
        const atStPaul = agency.as({ ...minneapolisAdmin(agency), branchId: agency.ids.stPaul }, { integrations, ...sample.options });
        expect(showsMinneapolis(await call(atMinneapolis, group, name, sample.input(refs)), refs), 'in scope, the result shows Minneapolis').toBe(true);
        expect(showsMinneapolis(await call(atStPaul, group, name, sample.input(refs)), refs)).toBe(unscoped?.everyLevel === true);
      },
    );
  });
});
