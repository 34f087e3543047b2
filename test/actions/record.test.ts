import { describe, expect, it } from 'vitest';
import { allActions, createStaffcore, messages, standardRoles, type Staffcore } from '../../src/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, eventCount, refusedWritesNothing, type WorkTree } from '../helpers/workTree.js';

const stores = storesUnderTest('rec_record');

/** Dana with the organization's integrations switched on. */
const integrated = (t: WorkTree): Staffcore => t.agency.as(t.agency.dana, { integrations: { timeClock: true, twitter: true } });
/** A read-only rep at Minneapolis. */
const reader = (t: WorkTree): Staffcore => t.agency.as({ ...t.agency.dana, id: 'rita', roles: [standardRoles.readOnly] });

describe.each(stores)('the record on %s', (_name, makeStore) => {
  describe('contacts', () => {
    it('adds a contact linked to the record, lists active ones by default, and keeps a deactivated one', async () => {
      const t = await buildWorkTree(await makeStore());
      const { contact: pat } = await t.dana.contacts.add({ customerId: t.warehouse, firstName: 'Pat', lastName: 'Young', title: 'Plant manager', phone: '+1 612 555 0101' });
      expect(pat).toMatchObject({ customerId: t.warehouse, active: true, createdBy: 'dana', email: null, phone: '+1 612 555 0101' });
      const { contact: ann } = await t.dana.contacts.add({ customerId: t.night, firstName: 'Ann', lastName: 'Berg' });
      await t.dana.contacts.add({ customerId: t.root, firstName: 'Zed', lastName: 'Adams' });
      expect((await t.dana.contacts.list({ customerId: t.warehouse })).items.map((c) => c.firstName)).toEqual(['Pat']);
      expect((await t.dana.contacts.list({ customerId: t.warehouse, scope: 'subtree' })).items.map((c) => c.firstName)).toEqual(['Ann', 'Pat']);
      expect((await t.dana.contacts.list({ customerId: t.night, scope: 'master' })).items.map((c) => c.lastName)).toEqual(['Adams', 'Berg', 'Young']);
      const { contact: gone } = await t.dana.contacts.deactivate({ id: ann.id, version: ann.version });
      expect(gone).toMatchObject({ active: false, version: ann.version + 1 });
      expect((await t.dana.contacts.list({ customerId: t.night })).items).toEqual([]);
      expect((await t.dana.contacts.list({ customerId: t.night, active: false })).items.map((c) => c.id)).toEqual([ann.id]);
      const again = await refusedWritesNothing(t.agency.store, () => t.dana.contacts.deactivate({ id: ann.id }));
      expect(again).toMatchObject({ code: 'BUSINESS_RULE', message: `[staffcore] ${messages.contactAlreadyInactive(ann.id)}` });
      await expectError(t.dana.contacts.deactivate({ id: pat.id, version: pat.version + 3 }), 'CONFLICT');
      const { contact: retitled } = await t.dana.contacts.update({ id: pat.id, version: pat.version, changes: { title: 'Operations manager', phone: null, email: 'pat@acme.example' } });
      expect(retitled).toMatchObject({ title: 'Operations manager', phone: null, email: 'pat@acme.example', firstName: 'Pat', customerId: t.warehouse, version: pat.version + 1 });
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.contacts.update({ id: pat.id, version: pat.version, changes: { title: 'x' } }))).toMatchObject({ code: 'CONFLICT' });
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.contacts.update({ id: pat.id, version: retitled.version, changes: { firstName: ' ' } }))).toMatchObject({
        code: 'VALIDATION',
        details: { path: ['changes', 'firstName'] },
      });
      expect(await refusedWritesNothing(t.agency.store, () => t.bill.contacts.update({ id: pat.id, version: retitled.version, changes: { title: 'x' } }))).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('lists contacts one page at a time by last and first name; one deactivated between pages moves no other', async () => {
      const t = await buildWorkTree(await makeStore());
      const names = [['Kim', 'Young'], ['Ann', 'lee'], ['Bo', 'Lee'], ['Al', 'Leeds'], ['Cy', 'Adams']] as const;
      const added = new Map<string, string>();
      for (const [firstName, lastName] of names) added.set(firstName, (await t.dana.contacts.add({ customerId: t.warehouse, firstName, lastName })).contact.id);
      const first = await t.dana.contacts.list({ customerId: t.warehouse, limit: 2 });
      expect(first.items.map((c) => c.firstName)).toEqual(['Cy', 'Ann']);
      await t.dana.contacts.deactivate({ id: added.get('Ann')! });
      const second = await t.dana.contacts.list({ customerId: t.warehouse, limit: 2, after: first.next });
      expect(second.items.map((c) => c.firstName)).toEqual(['Bo', 'Al']);
      const last = await t.dana.contacts.list({ customerId: t.warehouse, limit: 2, after: second.next });
      expect([last.items.map((c) => c.firstName), last.next]).toEqual([['Kim'], null]);
      expect((await t.dana.contacts.list({ customerId: t.warehouse, limit: 4 })).next).toBeNull();
      const bad = await expectError(t.dana.contacts.list({ customerId: t.warehouse, after: 'not-a-cursor' }), 'VALIDATION');
      expect(bad.details.path).toEqual(['after']);
    });

    it('refuses a wrong role, a record out of scope and a deleted record, writing nothing', async () => {
      const t = await buildWorkTree(await makeStore());
      const forbidden = await refusedWritesNothing(t.agency.store, () => t.bill.contacts.add({ customerId: t.root, firstName: 'Pat' }));
      expect(forbidden).toMatchObject({ code: 'FORBIDDEN', message: `[staffcore] ${messages.forbidden('contact.edit')}` });
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.contacts.add({ customerId: t.elsewhere, firstName: 'Pat' }))).toMatchObject({ code: 'NOT_FOUND' });
      await t.dana.customers.changeStatus({ id: t.night, to: 'X', reason: 'entered twice' });
      const deleted = await refusedWritesNothing(t.agency.store, () => t.dana.contacts.add({ customerId: t.night, firstName: 'Pat' }));
      expect(deleted).toMatchObject({ code: 'STATUS_BLOCKED', message: `[staffcore] ${messages.recordDeleted(t.night, 'it takes no new contacts')}` });
      await expectError(t.dana.contacts.add({ customerId: t.root, firstName: '  ' }), 'VALIDATION');
    });
  });

  describe('messages', () => {
    it('logs the author, the clock’s time, the method and the text, and lists newest first by scope', async () => {
      const t = await buildWorkTree(await makeStore());
      const { contact } = await t.dana.contacts.add({ customerId: t.warehouse, firstName: 'Pat' });
      const { message: first } = await t.dana.messages.log({ customerId: t.warehouse, method: 'phone', text: 'Asked for two pickers', contactId: contact.id });
      expect(first).toMatchObject({ authorId: 'dana', at: '2026-11-22T09:00:00.000Z', method: 'phone', contactId: contact.id, customerId: t.warehouse });
      const later = t.agency.as(t.agency.dana);
      const clockLater = { now: () => new Date('2026-11-23T10:00:00Z') };
      const { message: second } = await createStaffcore({ actions: allActions, store: t.agency.store, actor: t.agency.dana, clock: clockLater }).messages.log({
        customerId: t.night,
        method: 'email',
        text: 'Sent the rate sheet',
      });
      expect(second.at).toBe('2026-11-23T10:00:00.000Z');
      expect((await later.messages.list({ customerId: t.root, scope: 'master' })).items.map((m) => m.text)).toEqual(['Sent the rate sheet', 'Asked for two pickers']);
      expect((await later.messages.list({ customerId: t.warehouse })).items.map((m) => m.id)).toEqual([first.id]);
      // a contact of another record is not one of this record's
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.messages.log({ customerId: t.night, method: 'phone', text: 'x', contactId: contact.id }))).toMatchObject({
        code: 'NOT_FOUND',
        details: { path: ['contactId'] },
      });
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.messages.log({ customerId: t.root, method: 'pigeon' as never, text: 'x' }))).toMatchObject({ code: 'VALIDATION' });
      expect(await refusedWritesNothing(t.agency.store, () => t.bill.messages.log({ customerId: t.root, method: 'phone', text: 'x' }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.messages.log({ customerId: t.elsewhere, method: 'phone', text: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('tasks', () => {
    it('assigns a new task to the actor, links it to the record, and the view shows the tasks icon until all are done', async () => {
      const t = await buildWorkTree(await makeStore());
      expect((await t.dana.customers.view({ id: t.warehouse })).hasIncompleteTasks).toBe(false);
      const { task } = await t.dana.tasks.add({ customerId: t.warehouse, title: 'Send the rate sheet', dueDate: '2026-11-30' });
      expect(task).toMatchObject({ customerId: t.warehouse, assignedToId: 'dana', completed: false, completedAt: null, createdBy: 'dana' });
      const { task: forLee } = await t.dana.tasks.add({ customerId: t.warehouse, title: 'Visit the site', assignedToId: 'lee' as never });
      expect(forLee.assignedToId).toBe('lee');
      expect((await t.dana.customers.view({ id: t.warehouse })).hasIncompleteTasks).toBe(true);
      expect((await t.dana.customers.view({ id: t.root })).hasIncompleteTasks).toBe(false);
      expect((await t.dana.tasks.list({ customerId: t.root, scope: 'master' })).items.map((x) => x.title)).toEqual(['Send the rate sheet', 'Visit the site']);
      const { task: done } = await t.dana.tasks.complete({ id: task.id, version: task.version });
      expect(done).toMatchObject({ completed: true, completedBy: 'dana', completedAt: '2026-11-22T09:00:00.000Z' });
      expect((await t.dana.customers.view({ id: t.warehouse })).hasIncompleteTasks).toBe(true);
      await t.dana.tasks.complete({ id: forLee.id });
      expect((await t.dana.customers.view({ id: t.warehouse })).hasIncompleteTasks).toBe(false);
      expect((await t.dana.tasks.list({ customerId: t.warehouse })).items).toEqual([]);
      expect((await t.dana.tasks.list({ customerId: t.warehouse, incompleteOnly: false })).items).toHaveLength(2);
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.tasks.complete({ id: task.id }))).toMatchObject({ code: 'BUSINESS_RULE' });
      expect(await refusedWritesNothing(t.agency.store, () => t.bill.tasks.add({ customerId: t.root, title: 'x' }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.tasks.add({ customerId: t.elsewhere, title: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
      await t.dana.customers.changeStatus({ id: t.root, to: 'X', reason: 'entered twice' });
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.tasks.add({ customerId: t.root, title: 'x' }))).toMatchObject({ code: 'STATUS_BLOCKED' });
    });
    it('lists tasks one page at a time by due date, those without one last, then title', async () => {
      const t = await buildWorkTree(await makeStore());
      for (const [title, dueDate] of [['Call', undefined], ['Visit', '2026-12-01'], ['Audit', '2026-12-01'], ['Send', '2026-11-30']] as const) {
        await t.dana.tasks.add({ customerId: t.warehouse, title, ...(dueDate ? { dueDate } : {}) });
      }
      const first = await t.dana.tasks.list({ customerId: t.warehouse, limit: 3 });
      const rest = await t.dana.tasks.list({ customerId: t.warehouse, limit: 3, after: first.next });
      expect([first.items.map((x) => x.title), rest.items.map((x) => x.title), rest.next]).toEqual([['Send', 'Audit', 'Visit'], ['Call'], null]);
    });
  });

  describe('hotlists and favorites', () => {
    it('creates a hotlist with the record, adds another, lists members in scope, and refuses a record twice', async () => {
      const t = await buildWorkTree(await makeStore());
      const { hotlist, member } = await t.dana.hotlists.create({ name: 'Call this week', customerId: t.warehouse });
      expect(hotlist).toMatchObject({ name: 'Call this week', ownerId: 'dana' });
      expect(member).toMatchObject({ hotlistId: hotlist.id, customerId: t.warehouse, addedBy: 'dana' });
      await t.dana.hotlists.addMember({ hotlistId: hotlist.id, customerId: t.root });
      await t.agency.as(t.agency.lee).hotlists.addMember({ hotlistId: hotlist.id, customerId: t.elsewhere });
      const members = await t.dana.hotlists.members({ hotlistId: hotlist.id });
      expect(members.items.map((entry) => entry.customer.id)).toEqual([t.warehouse, t.root]);
      expect(members.items.map((entry) => entry.member.addedBy)).toEqual(['dana', 'dana']);
      expect(members.next).toBeNull();
      expect((await t.ada.hotlists.members({ hotlistId: hotlist.id })).items).toHaveLength(3);
      const firstTwo = await t.ada.hotlists.members({ hotlistId: hotlist.id, limit: 2 });
      const rest = await t.ada.hotlists.members({ hotlistId: hotlist.id, limit: 2, after: firstTwo.next });
      expect([...firstTwo.items, ...rest.items].map((entry) => entry.customer.id)).toEqual([t.warehouse, t.root, t.elsewhere]);
      expect(rest.next).toBeNull();
      expect((await t.dana.hotlists.list()).items.map((h) => h.id)).toEqual([hotlist.id]);
      const empty = await t.dana.hotlists.create({ name: 'Empty' });
      expect(empty.member).toBeNull();
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.hotlists.addMember({ hotlistId: hotlist.id, customerId: t.root }))).toMatchObject({ code: 'BUSINESS_RULE' });
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.hotlists.addMember({ hotlistId: '999' as never, customerId: t.root }))).toMatchObject({ code: 'NOT_FOUND', details: { path: ['hotlistId'] } });
      expect(await refusedWritesNothing(t.agency.store, () => t.bill.hotlists.create({ name: 'x' }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.hotlists.create({ name: 'x', customerId: t.elsewhere }))).toMatchObject({ code: 'NOT_FOUND' });
      await t.dana.customers.changeStatus({ id: t.night, to: 'X', reason: 'entered twice' });
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.hotlists.addMember({ hotlistId: hotlist.id, customerId: t.night }))).toMatchObject({ code: 'STATUS_BLOCKED' });
    });

    it('lists favorites one page at a time, oldest bookmark first', async () => {
      const t = await buildWorkTree(await makeStore());
      for (const id of [t.night, t.root, t.warehouse]) await t.dana.favorites.add({ customerId: id });
      const first = await t.dana.favorites.list({ limit: 2 });
      const rest = await t.dana.favorites.list({ limit: 2, after: first.next });
      expect([...first.items, ...rest.items].map((entry) => entry.customer.id)).toEqual([t.night, t.root, t.warehouse]);
      expect([first.next === null, rest.next]).toEqual([false, null]);
      expect((await t.dana.hotlists.list({ limit: 1 })).items).toEqual([]);
    });

    it('keeps each rep’s favorites apart, any number of them, and removes a bookmark', async () => {
      const t = await buildWorkTree(await makeStore());
      for (const id of [t.root, t.warehouse, t.night]) await t.dana.favorites.add({ customerId: id });
      const { favorite: again } = await t.dana.favorites.add({ customerId: t.root });
      expect((await t.dana.favorites.list()).items.map((f) => f.customer.id)).toEqual([t.root, t.warehouse, t.night]);
      expect(again.repId).toBe('dana');
      await t.bill.favorites.add({ customerId: t.night });
      expect((await t.bill.favorites.list()).items.map((f) => f.customer.name)).toEqual(['Night shift']);
      await t.dana.favorites.remove({ customerId: t.warehouse });
      expect((await t.dana.favorites.list()).items.map((f) => f.customer.id)).toEqual([t.root, t.night]);
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.favorites.remove({ customerId: t.warehouse }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await refusedWritesNothing(t.agency.store, () => reader(t).favorites.add({ customerId: t.root }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusedWritesNothing(t.agency.store, () => t.dana.favorites.add({ customerId: t.elsewhere }))).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('customers.view', () => {
    it('shows name, ID, status, the active indicator only for A, the default worksite and the blocking ancestor', async () => {
      const t = await buildWorkTree(await makeStore());
      const { worksite } = await t.danaWithAddresses.worksites.add({ customerId: t.warehouse, address: { line1: '9 Dock Rd', city: 'Minneapolis', region: 'MN', postalCode: '55401' } });
      const prospect = await t.dana.customers.view({ id: t.warehouse });
      expect(prospect).toMatchObject({ id: t.warehouse, name: 'Warehouse', activeIndicator: false, blockedBy: null, parent: { id: t.root, name: 'Acme' }, root: { id: t.root } });
      expect(prospect.status.code).toBe('P');
      expect(prospect.defaultWorksite?.id).toBe(worksite.id);
      await t.dana.customers.changeStatus({ id: t.warehouse, to: 'A' });
      expect((await t.dana.customers.view({ id: t.warehouse })).activeIndicator).toBe(true);
      await t.dana.customers.changeStatus({ id: t.root, to: 'H' });
      const held = await t.dana.customers.view({ id: t.night });
      expect(held).toMatchObject({ activeIndicator: false, blockedBy: { id: t.root, name: 'Acme', status: 'H' }, allowsOrders: false, allowsAssignments: false, defaultWorksite: null });
      expect(held.effectiveStatus.code).toBe('H');
      expect((await t.dana.customers.view({ id: t.warehouse })).activeIndicator).toBe(true);
      await expectError(t.dana.customers.view({ id: t.elsewhere }), 'NOT_FOUND');
    });

    it('names an ancestor outside the rep’s scope by id only, and still says that it blocks', async () => {
      const t = await buildWorkTree(await makeStore());
      // A St. Paul root with a Minneapolis department under it.
      const { customer: dept } = await t.ada.departments.add({ name: 'Minneapolis plant', parentId: t.elsewhere, branchId: t.agency.ids.minneapolis });
      const open = await t.dana.customers.view({ id: dept.id });
      expect(open).toMatchObject({ name: 'Minneapolis plant', blockedBy: null });
      expect(open.parent).toEqual({ id: t.elsewhere, name: null, status: null, outOfScope: true });
      expect(open.root).toEqual({ id: t.elsewhere, name: null, status: null, outOfScope: true });
      await expectError(t.dana.customers.get({ id: t.elsewhere }), 'NOT_FOUND');
      await t.ada.customers.changeStatus({ id: t.elsewhere, to: 'H' });
      const held = await t.dana.customers.view({ id: dept.id });
      expect(held).toMatchObject({ allowsOrders: false, allowsAssignments: false });
      expect(held.effectiveStatus.code).toBe('H');
      expect(held.blockedBy).toEqual({ id: t.elsewhere, name: null, status: 'H', outOfScope: true });
      expect(JSON.stringify(held)).not.toContain('Capitol');
      // The rep of both branches sees it all.
      expect((await t.ada.customers.view({ id: dept.id })).blockedBy).toEqual({ id: t.elsewhere, name: 'Capitol Foods', status: 'H', outOfScope: false });
    });
  });

  describe('previous and next', () => {
    it('remembers the actor’s last search in the store, page after page, and gives the neighbours of a record', async () => {
      const t = await buildWorkTree(await makeStore());
      const page1 = await t.dana.customers.search({ limit: 2 });
      expect(page1.items.map((c) => c.name)).toEqual(['Acme', 'Night shift']);
      await t.dana.customers.search({ limit: 2, after: page1.next });
      // a new instance on the same store finds the same search
      const fresh = t.agency.as(t.agency.dana);
      expect(await fresh.customers.neighbors({ id: t.night })).toMatchObject({ inLastSearch: true, position: 1, total: 3, previous: { id: t.root, name: 'Acme' }, following: { id: t.warehouse, name: 'Warehouse' } });
      expect(await fresh.customers.neighbors({ id: t.root })).toMatchObject({ previous: null, following: { id: t.night } });
      expect(await fresh.customers.neighbors({ id: t.warehouse })).toMatchObject({ previous: { id: t.night }, following: null });
      // each rep has their own last search; a new search replaces it
      await t.ada.customers.search({ text: 'ware' });
      expect((await fresh.customers.neighbors({ id: t.night })).inLastSearch).toBe(true);
      await fresh.customers.search({ text: 'acme' });
      // the same search again (a refresh) finds the same results and writes nothing
      const events = await eventCount(t.agency.store);
      await fresh.customers.search({ text: 'acme' });
      expect(await eventCount(t.agency.store)).toBe(events);
      expect(await fresh.customers.neighbors({ id: t.night })).toEqual({ inLastSearch: false, position: null, previous: null, following: null, total: 1 });
      expect(await reader(t).customers.neighbors({ id: t.root })).toMatchObject({ inLastSearch: false, total: 0 });
      await expectError(fresh.customers.neighbors({ id: t.elsewhere }), 'NOT_FOUND');
    });
  });

  describe('integrations', () => {
    it('assigns a time clock only with the integration, and a device to one record at a time', async () => {
      const t = await buildWorkTree(await makeStore());
      const missing = await refusedWritesNothing(t.agency.store, () => t.dana.timeClocks.assign({ customerId: t.warehouse, deviceId: 'TC-1' }));
      expect(missing).toMatchObject({ code: 'INTEGRATION_MISSING', message: `[staffcore] ${messages.integrationMissing('time-clock')}`, details: { integration: 'timeClock' } });
      const dana = integrated(t);
      const { timeClock } = await dana.timeClocks.assign({ customerId: t.warehouse, deviceId: 'TC-1' });
      expect(timeClock).toMatchObject({ customerId: t.warehouse, deviceId: 'TC-1', assignedBy: 'dana' });
      expect(await dana.timeClocks.list({ customerId: t.warehouse })).toEqual({ items: [timeClock], next: null });
      expect(await refusedWritesNothing(t.agency.store, () => dana.timeClocks.assign({ customerId: t.night, deviceId: 'TC-1' }))).toMatchObject({ code: 'BUSINESS_RULE', details: { customerId: t.warehouse } });
      const billing = t.agency.as(t.billing, { integrations: { timeClock: true } });
      expect(await refusedWritesNothing(t.agency.store, () => billing.timeClocks.assign({ customerId: t.root, deviceId: 'TC-2' }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusedWritesNothing(t.agency.store, () => dana.timeClocks.assign({ customerId: t.elsewhere, deviceId: 'TC-2' }))).toMatchObject({ code: 'NOT_FOUND' });
      await dana.customers.changeStatus({ id: t.night, to: 'X', reason: 'entered twice' });
      expect(await refusedWritesNothing(t.agency.store, () => dana.timeClocks.assign({ customerId: t.night, deviceId: 'TC-2' }))).toMatchObject({ code: 'STATUS_BLOCKED' });
    });

    it('drafts a post prefilled with customer and department name and the characters left, only with the integration and a handle', async () => {
      const t = await buildWorkTree(await makeStore());
      const missing = await refusedWritesNothing(t.agency.store, () => t.dana.social.draftPost({ customerId: t.warehouse }));
      expect(missing).toMatchObject({ code: 'INTEGRATION_MISSING', message: `[staffcore] ${messages.integrationMissing('Twitter/X')}` });
      const dana = integrated(t);
      const noHandle = await refusedWritesNothing(t.agency.store, () => dana.social.draftPost({ customerId: t.warehouse }));
      expect(noHandle).toMatchObject({ code: 'BUSINESS_RULE', message: `[staffcore] ${messages.handleMissing(t.warehouse, 'Twitter/X')}` });
      const { customer } = await dana.customers.get({ id: t.warehouse });
      await dana.customers.update({ id: t.warehouse, version: customer.version, changes: { socialHandles: [{ network: 'twitter', handle: 'acmewarehouse' }] } });
      const draft = await dana.social.draftPost({ customerId: t.warehouse, text: 'Hiring pickers 👷🏽 — café shifts' });
      expect(draft.text).toBe('Acme – Warehouse @acmewarehouse Hiring pickers 👷🏽 — café shifts');
      expect(draft).toMatchObject({ network: 'twitter', handle: 'acmewarehouse', limit: 280 });
      expect(draft.length).toBe([...draft.text].length);
      expect(draft.remaining).toBe(280 - [...draft.text].length);
      expect(draft.text.length).toBeGreaterThan(draft.length); // the emoji are two UTF-16 units each
      const long = await dana.social.draftPost({ customerId: t.warehouse, text: 'x'.repeat(300) });
      expect(long).toMatchObject({ fits: false });
      expect(long.remaining).toBeLessThan(0);
      expect(await refusedWritesNothing(t.agency.store, () => t.agency.as(t.billing, { integrations: { twitter: true } }).social.draftPost({ customerId: t.warehouse }))).toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});
