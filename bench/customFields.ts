/**
 * The custom-field search benchmark (issue #24): `npm run bench -- customfields`.
 *
 * 51. `customers.search({ custom: { vmsId } })` in a book of 100,000 customers (names sharing
 *     words, 20 branches of ~5,000 and 200 branches of one customer each; every customer with a
 *     unique-ish `vmsId`, a `unionShop` boolean and an `orientationDate`), vs the built-in indexed
 *     search of the same selectivity in the same run: `customers.search({ branchId })` of a branch
 *     holding one customer. Both find one record; each pair is timed alternately, median of 200,
 *     through the action (scope, parse, the remembered last search) and through the repository.
 *     Target: the custom search within 1.5× of the built-in one. A range over a week of
 *     orientation dates (~270 matches, first page of 50) is timed beside it, for information.
 */
import * as z from 'zod';
import { indexedCustomValues, memoryStore } from '../src/adapters/memory/index.js';
import type { Store } from '../src/adapters/port/index.js';
import { allActions, bootstrapHierarchy, CalendarDate, createStaffcore, defineCustomFields, fixedClock, standardRoles } from '../src/index.js';
import { fixture } from '../src/testing/fixtures.js';
import { tableName, type Backend } from './backends.js';
import { median, printTable, time } from './measure.js';

const clock = fixedClock('2026-12-01T09:00:00Z');
const bookSize = 100_000;
const bigBranches = 20;
const singleBranches = 200;
const runs = 200;
const cities = ['Minneapolis', 'St. Paul', 'Duluth', 'Rochester', 'Bloomington', 'Eagan', 'Edina', 'Plymouth'];
const surnames = ['Johnson', 'Anderson', 'Nelson', 'Olson', 'Peterson', 'Larson', 'Hanson', 'Swanson', 'Carlson', 'Berg'];
const kinds = ['Staffing', 'Services', 'Logistics', 'Manufacturing', 'Foods', 'Tools', 'Holdings'];

const customFields = {
  customers: { vmsId: z.string().max(40), unionShop: z.boolean().default(false), orientationDate: CalendarDate.optional() },
};

/** The day `n` days after 2024-01-01, as `YYYY-MM-DD`. */
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

interface Timings {
  readonly custom: number;
  readonly builtIn: number;
  readonly customRepo: number;
  readonly builtInRepo: number;
  readonly range: number;
  readonly rangeMatches: number;
}

async function benchOn(store: Store, analyze: () => Promise<void>): Promise<Timings> {
  const company = await bootstrapHierarchy(store, { name: 'Northstar', kind: 'company' }, { clock });
  const actor = { id: 'ada', name: 'Ada', branchId: company.id, roles: [standardRoles.administrator] };
  const sc = createStaffcore({ actions: allActions, store, clock, actor, customFields: defineCustomFields(customFields) });
  const branchIds: string[] = [];
  for (let b = 0; b < bigBranches + singleBranches; b++) branchIds.push((await sc.hierarchy.addLevel({ name: `Branch ${b}`, parentId: company.id })).branch.id);
  // the last `singleBranches` customers each sit alone in a branch of their own
  const branchOf = (n: number) => (n >= bookSize - singleBranches ? branchIds[bigBranches + (n - (bookSize - singleBranches))]! : branchIds[n % bigBranches]!);
  const vmsIdOf = (n: number) => `VMS-${((n * 7919) % 1_000_003).toString(36).toUpperCase()}-${n}`;
  await store.transaction(async (tx) => {
    for (let start = 0; start < bookSize; start += 5000) {
      await tx.customers.insertMany(
        Array.from({ length: 5000 }, (_, k) => {
          const n = start + k;
          const name = `${cities[n % cities.length]} ${surnames[(n >> 3) % surnames.length]} ${kinds[(n >> 5) % kinds.length]} ${n % 997}`;
          const custom = { vmsId: vmsIdOf(n), unionShop: n % 3 === 0, orientationDate: day(n % 730) };
          return fixture('customers', { name, branchId: branchOf(n), status: 'A', custom }, { repId: 'ada' }, n);
        }),
      );
    }
  });
  await analyze();
  const custom: number[] = [];
  const builtIn: number[] = [];
  const customRepo: number[] = [];
  const builtInRepo: number[] = [];
  const range: number[] = [];
  let rangeMatches = 0;
  const everyBranch = [company.id, ...branchIds];
  const repoSearch = (extra: object) =>
    store.transaction((tx) => tx.customers.search({ statuses: ['P', 'A', 'H'], rootsOnly: false, orderBy: 'name', limit: 50, after: null, ...extra }), { readOnly: true });
  for (let i = 0; i < runs; i++) {
    const n = bookSize - singleBranches + (i % singleBranches);
    const vmsId = vmsIdOf(n);
    const branchId = branchOf(n);
    // alternate which goes first, so neither always runs on a warmer cache
    const pair = [
      async () => {
        let found = 0;
        custom.push(await time(async () => (found = (await sc.customers.search({ custom: { vmsId } })).items.length)));
        if (found !== 1) throw new Error(`custom search found ${found}`);
      },
      async () => {
        let found = 0;
        builtIn.push(await time(async () => (found = (await sc.customers.search({ branchId })).items.length)));
        if (found !== 1) throw new Error(`branch search found ${found}`);
      },
    ];
    for (const run of i % 2 ? pair.reverse() : pair) await run();
    const repoPair = [
      async () => customRepo.push(await time(() => repoSearch({ branchIds: everyBranch, custom: [{ field: 'vmsId', equals: vmsId }] }))),
      async () => builtInRepo.push(await time(() => repoSearch({ branchIds: [branchId] }))),
    ];
    for (const run of i % 2 ? repoPair.reverse() : repoPair) await run();
    if (i % 4 === 0) {
      const from = day((i * 3) % 700);
      const to = day(((i * 3) % 700) + 6);
      range.push(await time(async () => (rangeMatches = (await sc.customers.search({ custom: { orientationDate: { from, to } }, limit: 50 })).items.length)));
    }
  }
  return { custom: median(custom), builtIn: median(builtIn), customRepo: median(customRepo), builtInRepo: median(builtInRepo), range: median(range), rangeMatches };
}

const us = (millis: number) => (millis >= 10 ? `${millis.toFixed(1)} ms` : `${(millis * 1000).toFixed(0)} µs`);
const ratio = (value: number) => `${value.toFixed(2)}×`;

/** Runs 51 on the memory store and each database backend. */
export async function benchCustomFields(backends: readonly Backend[]): Promise<void> {
  const rows: string[][] = [];
  const stores: [string, () => Promise<[Store, () => Promise<void>]>][] = [
    ['memory', async () => [memoryStore({ customValues: indexedCustomValues }), async () => {}]],
    ...backends.map((backend): [string, () => Promise<[Store, () => Promise<void>]>] => [
      backend.name,
      async () => {
        await backend.reset();
        return [backend.store, async () => void (await backend.client.query(`ANALYZE ${tableName(backend.schema, 'customers')}`))];
      },
    ]),
  ];
  for (const [name, make] of stores) {
    const [store, analyze] = await make();
    const t = await benchOn(store, analyze);
    rows.push([name, us(t.custom), us(t.builtIn), ratio(t.custom / t.builtIn), us(t.customRepo), us(t.builtInRepo), ratio(t.customRepo / t.builtInRepo), `${us(t.range)} (${t.rangeMatches})`]);
  }
  printTable(
    `51. customers.search by a custom field vs by a built-in index, one match each, in a book of ${bookSize.toLocaleString('en-US')} customers (median of ${runs}, alternating)\n` +
      '   custom = search({ custom: { vmsId } }) over the whole scope; built-in = search({ branchId }) of a branch holding one customer;\n' +
      '   ratio = custom / built-in (target ≤ 1.5×); repository = the same two searches through tx.customers.search, read-only;\n' +
      '   range = search({ custom: { orientationDate: { from, to } } }) over a week, first page (matches on the page)',
    ['store', 'custom', 'built-in', 'ratio', 'repo custom', 'repo built-in', 'ratio', 'range (week)'],
    rows,
  );
}
