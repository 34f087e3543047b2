import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { allActions, createStaffcore, CustomerId, defineReport, messages, type ReportDefinition } from '../../src/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, type WorkTree } from '../helpers/workTree.js';

const stores = storesUnderTest('rep_scope');

/** A careless host report: it takes a Customer ID and reads the store directly, never calling `context.customer`. */
function careless(started: string[]) {
  return defineReport({
    name: 'host.careless',
    title: 'Careless',
    description: 'Reads a record straight from the repositories.',
    params: z.strictObject({ customerId: CustomerId }),
    columns: [{ key: 'name', label: 'Name', type: 'text' }],
    async *run(context, params) {
      started.push(params.customerId);
      const customer = await context.tx.customers.get(params.customerId);
      yield { name: customer?.name ?? '(none)' };
    },
  });
}

/** A host report over the whole book: it reads every list the repositories offer, with no filter of its own. */
const wholeBook = defineReport({
  name: 'host.wholeBook',
  title: 'Whole book',
  description: 'Everything the repositories return.',
  params: z.strictObject({}),
  columns: [
    { key: 'what', label: 'What', type: 'text' },
    { key: 'names', label: 'Names', type: 'text' },
  ],
  async *run(context) {
    const customers = await context.tx.customers.find({ limit: 1000 });
    yield { what: 'customers.find', names: customers.items.map((c) => c.name).sort().join('|') };
    yield { what: 'customers.count', names: String(await context.tx.customers.count()) };
    const searched = await context.tx.customers.search({});
    yield { what: 'customers.search', names: searched.items.map((c) => c.name).sort().join('|') };
    const worksites = await context.tx.worksites.find({ limit: 1000 });
    yield { what: 'worksites.find', names: worksites.items.map((w) => w.name).sort().join('|') };
    yield { what: 'worksites.count', names: String(await context.tx.worksites.count()) };
    const all = await context.tx.customers.find({ limit: 1000 });
    const byId = await context.tx.worksites.find({ where: { customerId: all.items.map((c) => c.id) }, limit: 1000 });
    yield { what: 'worksites.byCustomer', names: byId.items.map((w) => w.name).sort().join('|') };
  },
});

/** A host report that reads another record's audit trail, or the change feed. */
const trail = defineReport({
  name: 'host.trail',
  title: 'Trail',
  description: "A record's audit trail, read directly.",
  params: z.strictObject({ recordId: z.string(), feed: z.boolean().default(false) }),
  columns: [{ key: 'events', label: 'Events', type: 'number' }],
  async *run(context, params) {
    if (params.feed) {
      yield { events: (await context.tx.audit.since({})).items.length };
      return;
    }
    yield { events: (await context.tx.audit.forRecord({ entity: 'customers', recordId: params.recordId })).items.length };
  },
});

async function withWorksites(t: WorkTree) {
  const address = { line1: '9 Wabasha St', city: 'St. Paul', region: 'MN', postalCode: '55102' };
  await t.ada.worksites.add({ customerId: t.elsewhere, name: 'Capitol dock', address });
  await t.danaWithAddresses.worksites.add({ customerId: t.root, name: 'Acme yard', address: { ...address, city: 'Minneapolis', postalCode: '55401' } });
}

describe.each(stores)('reports read only what the actor may see, on %s', (_name, makeStore) => {
  it('refuses a customer report on a record outside the scope before the report starts, whatever it reads', async () => {
    const t = await buildWorkTree(await makeStore());
    const started: string[] = [];
    const dana = createStaffcore({ actions: allActions, store: t.agency.store, actor: t.agency.dana, reports: [careless(started)] });
    const error = await expectError(dana.reports.run({ name: 'host.careless', params: { customerId: t.elsewhere } }), 'NOT_FOUND');
    expect(error.details.path).toEqual(['params', 'customerId']);
    expect(error.message).not.toContain('Capitol');
    expect(started).toEqual([]);
    // Inside the scope it runs.
    expect(await dana.reports.run({ name: 'host.careless', params: { customerId: t.root } })).toMatchObject({ rows: [{ name: 'Acme' }] });
    // And for the rep of St. Paul, the St. Paul record is there.
    const lee = createStaffcore({ actions: allActions, store: t.agency.store, actor: t.agency.lee, reports: [careless(started)] });
    expect(await lee.reports.run({ name: 'host.careless', params: { customerId: t.elsewhere } })).toMatchObject({ rows: [{ name: 'Capitol Foods' }] });
  });

  it('narrows every read of context.tx to the scope: lists, counts, searches and what a record owns', async () => {
    const t = await buildWorkTree(await makeStore());
    await withWorksites(t);
    const rows = async (actor: typeof t.agency.dana) => {
      const sc = createStaffcore({ actions: allActions, store: t.agency.store, actor, reports: [wholeBook] });
      const out = await sc.reports.run({ name: 'host.wholeBook' });
      return Object.fromEntries(out.rows.map((row) => [row['what'], row['names']]));
    };
    expect(await rows(t.agency.dana)).toEqual({
      'customers.find': 'Acme|Night shift|Warehouse',
      'customers.count': '3',
      'customers.search': 'Acme|Night shift|Warehouse',
      'worksites.find': 'Acme yard',
      'worksites.count': '1',
      'worksites.byCustomer': 'Acme yard',
    });
    expect(await rows(t.agency.lee)).toEqual({
      'customers.find': 'Capitol Foods',
      'customers.count': '1',
      'customers.search': 'Capitol Foods',
      'worksites.find': 'Capitol dock',
      'worksites.count': '1',
      'worksites.byCustomer': 'Capitol dock',
    });
  });

  it('shows an empty audit trail for a record outside the scope, and refuses the change feed', async () => {
    const t = await buildWorkTree(await makeStore());
    const dana = createStaffcore({ actions: allActions, store: t.agency.store, actor: t.agency.dana, reports: [trail as ReportDefinition] });
    expect(await dana.reports.run({ name: 'host.trail', params: { recordId: t.root } })).toMatchObject({ rows: [{ events: 1 }] });
    expect(await dana.reports.run({ name: 'host.trail', params: { recordId: t.elsewhere } })).toMatchObject({ rows: [{ events: 0 }] });
    const error = await expectError(dana.reports.run({ name: 'host.trail', params: { recordId: t.root, feed: true } }), 'FORBIDDEN');
    expect(error.message).toBe(`[staffcore] ${messages.reportReadsFeed}`);
  });
});
