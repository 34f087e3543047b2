import { describe, expect, it } from 'vitest';
import { allActions as actionTable } from '../../src/index.js';
import { recordMenuItems, standardRoles, type ActorInput, type RecordMenuItemId, type Staffcore } from '../../src/index.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, eventCount, type WorkTree } from '../helpers/workTree.js';

const stores = storesUnderTest('rec_menu');
const roles = Object.entries(standardRoles);
const statuses = ['P', 'A', 'H', 'I', 'X'] as const;

/** What each menu entry runs, for the record `id` of the tree (inputs that would succeed if the rules allow). */
type Caller = (sc: Staffcore, t: WorkTree, id: string, fixtures: Fixtures) => Promise<unknown>;
interface Fixtures {
  readonly hotlistId: string;
  readonly orderId: string;
}

let devices = 0;
const callers: { readonly [K in RecordMenuItemId]: Caller } = {
  addDepartment: (sc, _t, id) => sc.departments.add({ name: 'Sub', parentId: id }),
  addToHotlist: (sc, _t, id, f) => sc.hotlists.addMember({ hotlistId: f.hotlistId, customerId: id }),
  assignTimeClock: (sc, _t, id) => sc.timeClocks.assign({ customerId: id, deviceId: `TC-${++devices}` }),
  changeParent: async (sc, t, id) => sc.customers.move({ id, newParentId: null, version: (await t.ada.customers.get({ id })).customer.version }),
  createZeroDollarInvoice: (sc, _t, id) => sc.invoices.createZeroDollar({ customerId: id }),
  newContact: (sc, _t, id) => sc.contacts.add({ customerId: id, firstName: 'Pat' }),
  newOrder: (sc, _t, id) => sc.orders.create({ customerId: id, jobTitle: 'Picker', startDate: '2026-12-01' }),
  newTask: (sc, _t, id) => sc.tasks.add({ customerId: id, title: 'Call back' }),
  shareWithTwitter: (sc, _t, id) => sc.social.draftPost({ customerId: id }),
  viewActiveAssignments: (sc, _t, id) => sc.assignments.list({ customerId: id }),
  viewAssignments: (sc, _t, id) => sc.assignments.list({ customerId: id, active: false }),
  viewOrders: (sc, _t, id) => sc.orders.list({ customerId: id, active: false }),
  assignEmployee: (sc, _t, _id, f) => sc.assignments.create({ orderId: f.orderId, employeeId: 'E-1', payRate: '18', billRate: '27' }),
  logMessage: (sc, _t, id) => sc.messages.log({ customerId: id, method: 'phone', text: 'Called' }),
  addFavorite: (sc, _t, id) => sc.favorites.add({ customerId: id }),
  massUpdateRates: (sc, _t, id) => sc.assignments.massUpdateRates({ customerId: id, pay: { raiseBy: '0.25' }, keepMarkup: true, effectiveDate: '2026-12-07', reason: 'Raise' }),
  // Last: these change the record's place, its status or both.
  mergeDuplicate: (sc, t, id) => sc.customers.merge({ from: id, into: t.warehouse }),
  changeStatus: async (sc, t, id) => {
    const { customer } = await t.ada.customers.get({ id });
    return sc.customers.changeStatus({ id, to: customer.status === 'A' ? 'P' : 'A' });
  },
};
const lastOnes: readonly RecordMenuItemId[] = ['changeParent', 'mergeDuplicate', 'changeStatus'];
const order: readonly RecordMenuItemId[] = [...recordMenuItems.map((item) => item.id).filter((id) => !lastOnes.includes(id)), ...lastOnes];

/**
 * Sets the night shift (or, for `ancestor`, the root above it) to `status`, with an order on the
 * night shift placed while it could still take one, a hotlist, and a Twitter/X handle.
 */
async function prepare(t: WorkTree, status: string, where: 'own' | 'ancestor'): Promise<Fixtures> {
  const { order: placed } = await t.ada.orders.create({ customerId: t.night, jobTitle: 'Loader', startDate: '2026-12-01', positions: 50 });
  const { hotlist } = await t.ada.hotlists.create({ name: 'Calls' });
  const { customer } = await t.ada.customers.get({ id: t.night });
  await t.ada.customers.update({ id: t.night, version: customer.version, changes: { socialHandles: [{ network: 'twitter', handle: 'acmenight' }] } });
  const target = where === 'own' ? t.night : t.root;
  if (status !== 'P') await t.ada.customers.changeStatus({ id: target, to: status, ...(status === 'X' ? { reason: 'entered twice' } : {}) });
  return { hotlistId: hotlist.id, orderId: placed.id };
}

/** Walks the menu of the night shift for one actor and checks each entry against its action. */
async function walk(t: WorkTree, actor: ActorInput, integrations: { timeClock?: boolean; twitter?: boolean }, fixtures: Fixtures): Promise<number> {
  const sc = t.agency.as(actor, { integrations, addressStandardizer: { name: 'as is', standardize: async (address) => ({ ok: true, address }) } });
  let checked = 0;
  for (const id of order) {
    // The menu is read again before each entry: an entry run earlier may have changed the record.
    const entry = (await sc.customers.actions({ id: t.night })).menu.find((item) => item.id === id)!;
    const before = await eventCount(t.agency.store);
    const outcome = await callers[id](sc, t, t.night, fixtures).then(
      () => null,
      (error: unknown) => error as { code: string; message: string },
    );
    if (entry.enabled) {
      expect(outcome, `${id} is enabled in the menu, so it should run`).toBeNull();
    } else {
      expect(outcome, `${id} is disabled in the menu (${entry.reason}), so it should be refused`).not.toBeNull();
      expect({ id, code: outcome!.code, message: outcome!.message }).toEqual({ id, code: entry.code, message: `[staffcore] ${entry.reason}` });
      expect(await eventCount(t.agency.store), `${id} was refused and must write nothing`).toBe(before);
    }
    checked++;
  }
  return checked;
}

describe('the record menu', () => {
  it('names each entry’s action and that action’s own permission, and has a caller for every entry', () => {
    const table = actionTable as unknown as Record<string, Record<string, { permission: string }>>;
    for (const item of recordMenuItems) {
      const [group, name] = item.action.split('.') as [string, string];
      expect(table[group]?.[name], item.action).toBeDefined();
      expect(item.permission, item.id).toBe(table[group]![name]!.permission);
    }
    expect(Object.keys(callers).sort()).toEqual(recordMenuItems.map((item) => item.id).sort());
  });
});

describe.each(stores)('the record menu agrees with the actions on %s', (name, makeStore) => {
  // The whole matrix runs on memory; a database store runs the statuses on the record itself with both integrations.
  const wheres = name === 'memory' ? (['own', 'ancestor'] as const) : (['own'] as const);
  const integrationSets = name === 'memory' ? [{ timeClock: true, twitter: true }, {}] : [{ timeClock: true, twitter: true }];
  describe.each(roles)('for a %s', (_role, role) => {
    it.each(statuses)('on a record whose status (or whose ancestor’s) is %s', async (status) => {
      for (const where of wheres) {
        for (const integrations of integrationSets) {
          const t = await buildWorkTree(await makeStore());
          const fixtures = await prepare(t, status, where);
          const actor: ActorInput = { ...t.agency.dana, id: 'menu', roles: [role] };
          expect(await walk(t, actor, integrations, fixtures)).toBe(recordMenuItems.length);
        }
      }
    });
  });

  it('explains a disabled entry by roles, integrations and status', async () => {
    const t = await buildWorkTree(await makeStore());
    await prepare(t, 'H', 'ancestor');
    const menu = async (sc: Staffcore) => Object.fromEntries((await sc.customers.actions({ id: t.night })).menu.map((item) => [item.id, item]));
    const dana = await menu(t.dana);
    expect(dana['newOrder']).toMatchObject({ enabled: false, code: 'STATUS_BLOCKED', reason: `Customer ${t.root} (an ancestor of this record) is "Hold for credit check", which allows no new orders` });
    expect(dana['newContact']).toMatchObject({ enabled: true, code: null, reason: null });
    expect(dana['assignTimeClock']).toMatchObject({ enabled: false, code: 'INTEGRATION_MISSING', reason: 'The organization has no time-clock integration' });
    expect(dana['mergeDuplicate']).toMatchObject({ enabled: false, code: 'FORBIDDEN' });
    expect(dana['createZeroDollarInvoice']).toMatchObject({ enabled: false, code: 'FORBIDDEN' });
    const withTwitter = await menu(t.agency.as(t.agency.dana, { integrations: { twitter: true } }));
    expect(withTwitter['shareWithTwitter']).toMatchObject({ enabled: true });
    const onRoot = (await t.agency.as(t.agency.dana, { integrations: { twitter: true } }).customers.actions({ id: t.warehouse })).menu.find((i) => i.id === 'shareWithTwitter');
    expect(onRoot).toMatchObject({ enabled: false, code: 'BUSINESS_RULE', reason: `Customer ${t.warehouse} has no Twitter/X handle` });
  });
});
