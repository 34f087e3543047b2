import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  CalendarDate,
  allActions,
  bootstrapHierarchy,
  createStaffcore,
  defineCustomFields,
  fixedClock,
  inheritedField,
  standardRoles,
  type CustomFieldDeclarations,
} from '../../src/index.js';
import type { Store } from '../../src/adapters/port/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';

const clock = fixedClock('2026-11-22T09:00:00Z');

const declared = {
  customers: {
    vmsId: z.string().max(40),
    unionShop: z.boolean().default(false),
    orientationDate: CalendarDate.optional(),
    industry: inheritedField(z.enum(['food', 'metal', 'logistics']).optional()),
    headcount: z.number().int().min(0).nullable().optional(),
  },
  contacts: { badgeNumber: z.string().regex(/^B-\d+$/).optional() },
  orders: { poRequired: z.boolean().default(false), poNumber: z.string().max(30).optional() },
  assignments: { shiftCode: z.enum(['day', 'night']).optional() },
} satisfies CustomFieldDeclarations;

/** An instance on `store` (bootstrapped once per store) acting as an administrator, with `customFields`. */
async function instance<const F extends CustomFieldDeclarations>(store: Store, customFields: F, reuse?: string) {
  const branchId = reuse ?? (await bootstrapHierarchy(store, { name: 'Northstar', setup: { defaultTerms: { label: 'Net 30', netDays: 30 } } })).id;
  const sc = createStaffcore({
    store,
    clock,
    actions: allActions,
    actor: { id: 'ada', name: 'Ada', branchId, roles: [standardRoles.administrator] },
    customFields: defineCustomFields(customFields),
  });
  return { sc, branchId };
}

/** How many customer records and audit events the store holds: what a refusal must leave alone. */
async function footprint(store: Store) {
  return store.transaction(async (tx) => ({ customers: await tx.customers.count(), events: (await tx.audit.since({ limit: 10_000 })).items.length }), { readOnly: true });
}

describe.each(storesUnderTest('custom'))('custom fields on %s', (_name, makeStore) => {
  it('validates, defaults, stores and reads back the declared values under custom', async () => {
    const { sc } = await instance(await makeStore(), declared);
    const { customer } = await sc.customers.add({ name: 'Harbor Foods', custom: { vmsId: 'V-1042', orientationDate: '2026-03-01' } });
    expect(customer.custom).toEqual({ vmsId: 'V-1042', unionShop: false, orientationDate: '2026-03-01' });
    expect((await sc.customers.get({ id: customer.id })).customer.custom).toEqual(customer.custom);
  });

  it('refuses an undeclared field, a bad value and a 10 MB value with VALIDATION naming the field, writing nothing', async () => {
    const store = await makeStore();
    const { sc } = await instance(store, declared);
    const before = await footprint(store);
    const undeclared = await expectError(sc.customers.add({ name: 'A', custom: { vmsId: 'V-1', region2: 'x' } as never }), 'VALIDATION');
    expect(undeclared.details.path).toEqual(['custom', 'region2']);
    const wrongType = await expectError(sc.customers.add({ name: 'A', custom: { vmsId: 1042 as never } }), 'VALIDATION');
    expect(wrongType.details.path).toEqual(['custom', 'vmsId']);
    const badDate = await expectError(sc.customers.add({ name: 'A', custom: { vmsId: 'V-1', orientationDate: '2026-02-30' } }), 'VALIDATION');
    expect(badDate.details.path).toEqual(['custom', 'orientationDate']);
    const missing = await expectError(sc.customers.add({ name: 'A' } as never), 'VALIDATION');
    expect(missing.details.path).toEqual(['custom', 'vmsId']);
    const huge = await expectError(sc.customers.add({ name: 'A', custom: { vmsId: 'x'.repeat(10_000_000) } }), 'VALIDATION');
    expect(huge.details.path).toEqual(['custom', 'vmsId']);
    expect(huge.message).toContain('at most 10,000 characters');
    const nul = await expectError(sc.customers.add({ name: 'A', custom: { vmsId: 'V\u0000' } }), 'VALIDATION');
    expect(nul.details.path).toEqual(['custom', 'vmsId']);
    expect(await footprint(store)).toEqual(before);
  });

  it('changes only the fields given, clears an optional one with null, keeps a required one, and records custom.<field> in the audit trail and the feed', async () => {
    const { sc } = await instance(await makeStore(), declared);
    const { customer } = await sc.customers.add({ name: 'Harbor Foods', custom: { vmsId: 'V-1', orientationDate: '2026-03-01', headcount: 12 } });
    const { customer: changed } = await sc.customers.update({ id: customer.id, version: customer.version, changes: { custom: { vmsId: 'V-2', orientationDate: null, headcount: null } } });
    expect(changed.custom).toEqual({ vmsId: 'V-2', unionShop: false, headcount: null });
    const cleared = await expectError(sc.customers.update({ id: customer.id, version: changed.version, changes: { custom: { vmsId: null as never } } }), 'VALIDATION');
    expect(cleared.details.path).toEqual(['changes', 'custom', 'vmsId']);
    const { items } = await sc.audit.list({ entity: 'customers', id: customer.id });
    const update = items.find((event) => event.action === 'customers.update')!;
    expect(update.changes).toEqual({
      'custom.vmsId': { before: 'V-1', after: 'V-2' },
      'custom.orientationDate': { before: '2026-03-01', after: null },
      'custom.headcount': { before: 12, after: null },
    });
    const insert = items.find((event) => event.action === 'customers.add')!;
    expect(insert.changes['custom.vmsId']).toEqual({ before: null, after: 'V-1' });
    const feed = await sc.changes.since({ limit: 1000 });
    expect(feed.items.some((event) => event.recordId === customer.id && event.changes['custom.vmsId']?.after === 'V-2')).toBe(true);
  });

  it('gives a department its parent’s value of an inherited field unless it is given one', async () => {
    const { sc } = await instance(await makeStore(), declared);
    const { customer: root } = await sc.customers.add({ name: 'Harbor Foods', custom: { vmsId: 'V-1', industry: 'food' } });
    const { customer: inherits } = await sc.customers.add({ name: 'Harbor Foods Cold Storage', parentId: root.id, custom: { vmsId: 'V-2' } });
    const { customer: own } = await sc.customers.add({ name: 'Harbor Foods Trucks', parentId: root.id, custom: { vmsId: 'V-3', industry: 'logistics' } });
    expect(inherits.custom.industry).toBe('food');
    expect(own.custom.industry).toBe('logistics');
    // Not inherited: orientationDate stays unset.
    expect(inherits.custom.orientationDate).toBeUndefined();
  });

  it('names the row and the field of a bad custom value in addMany', async () => {
    const store = await makeStore();
    const { sc } = await instance(store, declared);
    const { added, rejected } = await sc.customers.addMany({
      mode: 'validRowsOnly',
      rows: [{ name: 'One', custom: { vmsId: 'V-1' } }, { name: 'Two', custom: { vmsId: 'V-2', unionShop: 'yes' as never } }, { name: 'Three', custom: { vmsId: 'V-3', nope: 1 } as never }],
    });
    expect(added.map((row) => row.customer.custom.vmsId)).toEqual(['V-1']);
    expect(rejected.map((row) => [row.row, row.path])).toEqual([
      [1, ['rows', 1, 'custom', 'unionShop']],
      [2, ['rows', 2, 'custom', 'nope']],
    ]);
    const error = await expectError(sc.customers.addMany({ rows: [{ name: 'Four', custom: { vmsId: 'V-4' } }, { name: 'Five' } as never] }), 'VALIDATION');
    expect(error.details.path).toEqual(['rows', 1, 'custom', 'vmsId']);
  });

  it('keeps each record’s own values through a merge and lists the duplicate’s beside the survivor’s', async () => {
    const { sc } = await instance(await makeStore(), declared);
    const { customer: into } = await sc.customers.add({ name: 'Harbor Foods', custom: { vmsId: 'V-1' } });
    const { customer: from } = await sc.customers.add({ name: 'Harbor Foods Inc', custom: { vmsId: 'V-9', orientationDate: '2026-01-05' } });
    const dry = await sc.customers.merge({ from: from.id, into: into.id, dryRun: true });
    expect(dry.duplicateCustomValues).toEqual([
      { field: 'vmsId', duplicate: 'V-9', survivor: 'V-1' },
      { field: 'unionShop', duplicate: false, survivor: false },
      { field: 'orientationDate', duplicate: '2026-01-05', survivor: null },
    ]);
    const done = await sc.customers.merge({ from: from.id, into: into.id });
    expect(done.duplicateCustomValues).toEqual(dry.duplicateCustomValues);
    expect(done.into.custom).toEqual(into.custom);
    expect(done.from.custom).toEqual(from.custom);
  });

  it('stores custom values of contacts, orders and assignments', async () => {
    const { sc } = await instance(await makeStore(), declared);
    const { customer } = await sc.customers.add({ name: 'Harbor Foods', custom: { vmsId: 'V-1' } });
    await sc.customers.changeStatus({ id: customer.id, to: 'A' });
    const { contact } = await sc.contacts.add({ customerId: customer.id, firstName: 'Ana', custom: { badgeNumber: 'B-7' } });
    const { contact: changed } = await sc.contacts.update({ id: contact.id, version: contact.version, changes: { custom: { badgeNumber: 'B-8' } } });
    expect(changed.custom).toEqual({ badgeNumber: 'B-8' });
    const badBadge = await expectError(sc.contacts.add({ customerId: customer.id, firstName: 'Bo', custom: { badgeNumber: '7' } }), 'VALIDATION');
    expect(badBadge.details.path).toEqual(['custom', 'badgeNumber']);
    const { order } = await sc.orders.create({ customerId: customer.id, jobTitle: 'Picker', startDate: '2026-12-01', payRate: '18.00', billRate: '27.00', custom: { poRequired: true, poNumber: 'PO-1' } });
    expect(order.custom).toEqual({ poRequired: true, poNumber: 'PO-1' });
    const { assignment } = await sc.assignments.create({ orderId: order.id, employeeId: 'E-1', custom: { shiftCode: 'night' } });
    expect(assignment.custom).toEqual({ shiftCode: 'night' });
    const listed = await sc.orders.list({ customerId: customer.id });
    expect(listed.items[0]!.custom).toEqual(order.custom);
  });

  it('keeps values of a field taken out of the declaration, reads values a changed declaration refuses, and lists both with customFields.verify', async () => {
    const store = await makeStore();
    const { sc, branchId } = await instance(store, declared);
    const { customer } = await sc.customers.add({ name: 'Harbor Foods', custom: { vmsId: 'V-1042', orientationDate: '2026-03-01' } });
    // A new declaration: orientationDate taken out, vmsId now at most 4 characters, a new required field.
    const { sc: later } = await instance(store, { customers: { vmsId: z.string().max(4), tier: z.enum(['gold', 'silver']) } }, branchId);
    const read = (await later.customers.get({ id: customer.id })).customer;
    expect(read.custom).toEqual(customer.custom);
    const page = await later.customFields.verify({ entity: 'customers' });
    expect(page.next).toBeNull();
    expect(page.items.map(({ id, field, problem, value }) => ({ id, field, problem, value }))).toEqual([
      { id: customer.id, field: 'unionShop', problem: 'retired', value: false },
      { id: customer.id, field: 'orientationDate', problem: 'retired', value: '2026-03-01' },
      { id: customer.id, field: 'vmsId', problem: 'invalid', value: 'V-1042' },
      { id: customer.id, field: 'tier', problem: 'missing', value: null },
    ]);
    // A change through the new declaration keeps the retired values.
    const { customer: changed } = await later.customers.update({ id: customer.id, version: read.version, changes: { custom: { vmsId: 'V-1', tier: 'gold' } } });
    expect(changed.custom).toEqual({ vmsId: 'V-1', unionShop: false, orientationDate: '2026-03-01', tier: 'gold' });
  });

  it('round-trips any declared value exactly through save and read', async () => {
    const store = await makeStore();
    const { sc } = await instance(store, {
      customers: { text: z.string().max(200), amount: z.number(), flag: z.boolean(), maybe: z.string().nullable().optional() },
    });
    const value = fc.record(
      {
        text: fc.string({ maxLength: 200, unit: 'grapheme' }),
        amount: fc.double({ noNaN: true, noDefaultInfinity: true }),
        flag: fc.boolean(),
        maybe: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
      },
      { requiredKeys: ['text', 'amount', 'flag'] },
    );
    await fc.assert(
      fc.asyncProperty(value, async (custom) => {
        const { customer } = await sc.customers.add({ name: 'Round Trip', custom });
        const expected = { ...custom, amount: Object.is(custom.amount, -0) ? 0 : custom.amount };
        expect(customer.custom).toEqual(expected);
        expect((await sc.customers.get({ id: customer.id })).customer.custom).toEqual(expected);
      }),
      { numRuns: _name === 'memory' ? 100 : 25 },
    );
  });
});

describe('custom-field declarations', () => {
  const store = () => ({ name: 'none', transaction: async () => { throw new Error('unused'); }, dispose: async () => {} });
  const make = (customFields: unknown) => () =>
    createStaffcore({ store: store(), actions: allActions, actor: { id: 'ada', name: 'Ada', branchId: '1', roles: [standardRoles.administrator] }, customFields: defineCustomFields(customFields as CustomFieldDeclarations) });
  const refused = (customFields: unknown) => {
    try {
      make(customFields)();
    } catch (error) {
      return error as { code: string; details: { path: unknown[] }; message: string };
    }
    throw new Error('the declaration was accepted');
  };

  it('refuses a bare declaration, saying to make it with defineCustomFields', () => {
    const bare = () =>
      createStaffcore({ store: store(), actions: allActions, actor: { id: 'ada', name: 'Ada', branchId: '1', roles: [standardRoles.administrator] }, customFields: { customers: { vmsId: z.string() } } as never });
    expect(bare).toThrow(/customFields: must be made with defineCustomFields/);
  });

  it('accepts a shape or a zod object', () => {
    expect(make({ customers: { vmsId: z.string() } })).not.toThrow();
    expect(make({ customers: z.object({ vmsId: z.string() }) })).not.toThrow();
  });

  it.each([
    ['a non-object declaration', 'text', ['customFields']],
    ['an unknown kind of record', { invoices: { x: z.string() } }, ['customFields', 'invoices']],
    ['a field that is not a schema', { customers: { vmsId: 'string' } }, ['customFields', 'customers', 'vmsId']],
    ['a nested object', { customers: { site: z.object({ a: z.string() }) } }, ['customFields', 'customers', 'site']],
    ['an array', { customers: { tags: z.array(z.string()) } }, ['customFields', 'customers', 'tags']],
    ['a transform', { customers: { code: z.string().transform((s) => s.length) } }, ['customFields', 'customers', 'code']],
    ['a Date', { customers: { since: z.date() } }, ['customFields', 'customers', 'since']],
    ['a name of a built-in field', { customers: { status: z.string() } }, ['customFields', 'customers', 'status']],
    ['a built-in name in another case', { contacts: { FirstName: z.string() } }, ['customFields', 'contacts', 'FirstName']],
    ['a name that is not an identifier', { customers: { 'vms id': z.string() } }, ['customFields', 'customers', 'vms id']],
  ])('refuses %s with VALIDATION naming it', (_what, declaration, path) => {
    const error = refused(declaration);
    expect(error.code).toBe('VALIDATION');
    expect(error.details.path).toEqual(path);
  });
});
