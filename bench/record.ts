/**
 * The record benchmarks (issue #11): `npm run bench -- record`.
 *
 * 31. `customers.search`, 50 a page over 20,000 customers, which now also remembers the rep's last
 *     search (one write per page), vs the same search through the store's repository in one
 *     transaction (what the action reads, without parsing, scope or the remembered search), on the
 *     memory store, PGlite and (with DATABASE_URL) a server.
 * 32. `customers.merge` of a duplicate holding 2,000 contacts, 2,000 messages, 1,000 tasks and 200
 *     departments into another record, vs the same moves written by hand through the repositories
 *     (one `updateMany` per kind, the departments one by one, one status change), in one transaction.
 */
import { memoryStore } from '../src/adapters/memory/index.js';
import type { Store } from '../src/adapters/port/index.js';
import { bootstrapHierarchy, allActions, createStaffcore, fixedClock, standardRoles } from '../src/index.js';
import { fixture } from '../src/testing/fixtures.js';
import type { Backend } from './backends.js';
import { median, ms, printTable, time } from './measure.js';

const clock = fixedClock('2026-12-01T09:00:00Z');
const bookSize = 20_000;
const words = ['Acme', 'Northwind', 'Contoso', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne'];

async function company(store: Store) {
  const level = await bootstrapHierarchy(store, { name: 'Northstar', kind: 'company' }, { clock });
  const sc = createStaffcore({ actions: allActions, store, clock, actor: { id: 'ada', name: 'Ada', branchId: level.id, roles: [standardRoles.administrator] } });
  return { level, sc };
}

async function searchOn(name: string, store: Store): Promise<string[]> {
  const { level, sc } = await company(store);
  await store.transaction(async (tx) => {
    for (let start = 0; start < bookSize; start += 5000) {
      await tx.customers.insertMany(
        Array.from({ length: 5000 }, (_, k) => fixture('customers', { name: `${words[(start + k) % words.length]} ${start + k}`, branchId: level.id, status: 'A' }, { repId: 'ada' })),
      );
    }
  });
  const runs = 50;
  const action: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = words[i % words.length]!.toLowerCase();
    action.push(await time(() => sc.customers.search({ text, limit: 50 })));
    raw.push(
      await time(() =>
        store.transaction((tx) => tx.customers.search({ text, statuses: ['P', 'A', 'H'], branchIds: [level.id], rootsOnly: false, orderBy: 'name', limit: 50, after: null })),
      ),
    );
  }
  return [name, ms(median(action)), ms(median(raw)), `${(median(action) / median(raw)).toFixed(2)}×`];
}

async function mergeOn(name: string, store: Store): Promise<string[]> {
  const { level, sc } = await company(store);
  const seed = async () =>
    store.transaction(async (tx) => {
      const [from, into] = await tx.customers.insertMany([
        fixture('customers', { name: 'ACME', branchId: level.id }, { repId: 'ada' }),
        fixture('customers', { name: 'Acme', branchId: level.id }, { repId: 'ada' }),
      ]);
      const refs = { customerId: from!.id, repId: 'ada', branchId: level.id };
      await tx.customers.insertMany(Array.from({ length: 200 }, (_, n) => fixture('customers', { name: `Dept ${n}`, parentId: from!.id, branchId: level.id }, refs, n)));
      await tx.contacts.insertMany(Array.from({ length: 2000 }, (_, n) => fixture('contacts', {}, refs, n)));
      await tx.messages.insertMany(Array.from({ length: 2000 }, (_, n) => fixture('messages', {}, refs, n)));
      await tx.tasks.insertMany(Array.from({ length: 1000 }, (_, n) => fixture('tasks', {}, refs, n)));
      return { from: from!.id, into: into!.id };
    });
  const byHand = async (from: string, into: string) =>
    store.transaction(async (tx) => {
      const all = async <T>(read: (after: string | null) => Promise<{ items: readonly T[]; next: string | null }>) => {
        const out: T[] = [];
        for (let after: string | null = null, first = true; first || after !== null; first = false) {
          const page = await read(after);
          out.push(...page.items);
          after = page.next;
        }
        return out;
      };
      for (const child of await all((after) => tx.customers.find({ where: { parentId: from }, limit: 1000, after }))) await tx.customers.update({ ...child, parentId: into as never });
      await tx.contacts.updateMany((await all((after) => tx.contacts.find({ where: { customerId: from }, limit: 1000, after }))).map((r) => ({ ...r, customerId: into as never })));
      await tx.messages.updateMany((await all((after) => tx.messages.find({ where: { customerId: from }, limit: 1000, after }))).map((r) => ({ ...r, customerId: into as never })));
      await tx.tasks.updateMany((await all((after) => tx.tasks.find({ where: { customerId: from }, limit: 1000, after }))).map((r) => ({ ...r, customerId: into as never })));
      const record = (await tx.customers.get(from))!;
      await tx.customers.update({ ...record, status: 'X', duplicateOfId: into as never });
    });
  const runs = 5;
  const action: number[] = [];
  const hand: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await seed();
    action.push(await time(() => sc.customers.merge({ from: a.from, into: a.into })));
    const b = await seed();
    hand.push(await time(() => byHand(b.from, b.into)));
  }
  return [name, ms(median(action)), ms(median(hand)), `${(median(action) / median(hand)).toFixed(2)}×`];
}

/** Runs 31 and 32 on the memory store and each database backend. */
export async function benchRecord(backends: readonly Backend[]): Promise<void> {
  const searchRows = [await searchOn('memory', memoryStore())];
  for (const backend of backends) {
    await backend.reset();
    searchRows.push(await searchOn(backend.name, backend.store));
  }
  printTable(
    `31. customers.search, 50 a page over ${bookSize.toLocaleString('en-US')} customers, remembering the last search (median of 50)\n` +
      '   ratio = the action / the same search through the repository in one transaction',
    ['store', 'customers.search', 'repository search', 'ratio'],
    searchRows,
  );
  const mergeRows = [await mergeOn('memory', memoryStore())];
  for (const backend of backends) {
    await backend.reset();
    mergeRows.push(await mergeOn(backend.name, backend.store));
  }
  printTable(
    '32. customers.merge of a duplicate with 200 departments, 2,000 contacts, 2,000 messages and 1,000 tasks (median of 5)\n' +
      '   ratio = the action (every kind of record checked, moves and status change recorded, audited) / the same moves by hand through the repositories',
    ['store', 'customers.merge', 'by hand', 'ratio'],
    mergeRows,
  );
}
