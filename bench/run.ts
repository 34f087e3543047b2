/**
 * The benchmarks (`npm run bench`): each workload next to its baseline from the same run.
 *
 * 1. 100,000 customers through `customers.insertMany` vs a raw `INSERT … SELECT … FROM unnest`.
 * 2. A 50,000-record subtree through `customers.subtree` vs a raw recursive CTE on `parent_id`.
 * 3. One mixed workload on the memory store, PGlite and (with DATABASE_URL) a PostgreSQL server.
 * 4–10. The actions at scale (bench/actions.ts): adds at 50,000 vs 1,000 customers (names sharing words), the bulk import
 *    vs the raw insert, get vs Map.get / a raw SELECT, get at 2,000 vs 20 levels, a 1,000-record
 *    cascade vs hand-written SQL, a mixed workload through the actions on every store, and a
 *    50,000-record subtree moved by customers.move vs by hand.
 *
 * 11–13. The customer trees (bench/trees.ts): the TreeIndex of a 1M-record forest vs a naive walk,
 *    moves vs a nested set.
 * 14–15. `staffcore check` on generated 1M-record NDJSON and CSV exports beside parse-only and parse +
 *    zod baselines, and its peak memory at 1M and 5M records (bench/check.ts).
 * 5m. 1,000,000 customers through `customers.addMany` into an empty book on the PostgreSQL server, with the time
 *    of every 100,000 (`npm run bench -- import1m` runs it only; needs DATABASE_URL; target ≤ 5 minutes).
 * 16. `staffcore import` of a 100,000-row NDJSON file through the command's code path vs the store's
 *    insertMany of the same records in the same chunks (bench/import.ts; `npm run bench -- import` runs it only).
 *
 * 21. `credit.check` on a root with 10,000 departments and 1,000,000 invoice lines vs a hand-written
 *    single pass over the same arrays (bench/credit.ts).
 * 22–23. `grossProfit` 1,000,000 times vs the same formula in plain numbers; a mass rate update of
 *    100,000 assignments in one immer produce vs a spread and vs one produce per assignment (bench/gp.ts).
 *
 * 31–32. The record (bench/record.ts): `customers.search` remembering the last search vs the repository's
 *    search, and `customers.merge` vs the same moves by hand, on every store.
 *
 * 33–34. The financial summary report in master view over a 100,000-record tree with 1,000,000 invoice
 *    lines vs a hand-written single pass (memory) and hand-written SQL (PostgreSQL) (bench/reports.ts).
 *
 * `npm run bench -- record` runs 31–32 only; `npm run bench -- import1m` runs 5m only (server); `npm run bench -- reports` runs 33–34 only; `npm run bench -- credit` runs 21 only; `npm run bench -- gp` runs 22–23 only; `npm run bench -- actions` runs 4–10 only; `npm run bench -- add` runs 4 only; `npm run bench -- get` runs 6 only; `npm run bench -- trees` runs 11–13 only and `npm run bench -- check` 14–15 only (no database). PGlite always runs; set DATABASE_URL (e.g. postgres://root@127.0.0.1:5432/test) to add a server.
 * 51. `customers.search({ custom: { vmsId } })` vs `customers.search({ branchId })` of the same selectivity in a book of
 *    100,000 customers, on every store (bench/customFields.ts; `npm run bench -- customfields` runs it only).
 * 41. Over HTTP (bench/http.ts, `npm run bench -- http`): customers.get and customers.add through the
 *    handler vs called directly vs a hand-written node:http route.
 * 61. The scale ladder (bench/scale.ts, `npm run bench -- scale [sizes] [stores]`, e.g. `scale 10000,100000 memory`):
 *    books of 10,000, 100,000 and 1,000,000 customers on the memory store, the server and PGlite (to 100k), every
 *    action timed at each size, the ratio largest / smallest (target ≤ 1.5×). Not part of the full run.
 * 62. Many agencies in one database (bench/schemas.ts, `npm run bench -- schemas`; not part of the full run, which
 *    migrates 50 extra schemas): customers.get and customers.add on one agency's schema in a database holding 1 vs
 *    50 staffcore schemas, in alternating rounds, on PGlite and the server.
 */
import { memoryStore } from '../src/adapters/memory/index.js';
import { actionPhases, benchActionsMixed, benchAddAtScale, benchCascade, benchGetDepth, benchGetMemory, benchGetPostgres, benchImport, benchImportMillion, benchMoveSubtree } from './actions.js';
import type { Store } from '../src/adapters/port/index.js';
import { pglite, server, type Backend } from './backends.js';
import { benchCheck } from './check.js';
import { benchCredit } from './credit.js';
import { benchImportCommand } from './import.js';
import { benchInsertMany } from './insertMany.js';
import { ms, perSecond, printTable } from './measure.js';
import { benchMixed, phases } from './mixed.js';
import { benchSubtree, buildTree } from './subtree.js';
import { benchTrees } from './trees.js';
import { benchRecord } from './record.js';
import { benchGrossProfit } from './gp.js';
import { benchReports } from './reports.js';
import { benchHttp } from './http.js';
import { benchCustomFields } from './customFields.js';
import { benchScale } from './scale.js';
import { benchSchemas } from './schemas.js';

const bulk = 100_000;
const treeSize = 50_000;

async function main(): Promise<void> {
  const started = performance.now();
  // `npm run bench -- trees` runs the tree workloads (11–13) only, `-- check` the check (14–15); they need no database.
  if (process.argv[2] === 'credit') {
    await benchCredit();
    console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s (node ${process.version})`);
    return;
  }
  if (process.argv[2] === 'gp' || process.argv[2] === 'reports') {
    await (process.argv[2] === 'gp' ? benchGrossProfit() : benchReports());
    console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s (node ${process.version})`);
    return;
  }
  if (process.argv[2] === 'scale') {
    await benchScale(process.argv.slice(3));
    console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s (node ${process.version})`);
    return;
  }
  if (process.argv[2] === 'http' || process.argv[2] === 'schemas') {
    await (process.argv[2] === 'http' ? benchHttp() : benchSchemas());
    console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s (node ${process.version})`);
    return;
  }
  if (process.argv[2] === 'trees' || process.argv[2] === 'check') {
    await (process.argv[2] === 'trees' ? benchTrees() : benchCheck());
    console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s (node ${process.version})`);
    return;
  }
  const backends: Backend[] = [await pglite()];
  const pg = await server();
  if (pg) backends.push(pg);
  else console.log('DATABASE_URL is not set: PGlite only (set it to add a PostgreSQL server).');
  try {
    // `npm run bench -- record` runs the record workloads (31–32) only.
    if (process.argv[2] === 'record') {
      await benchRecord(backends);
      return;
    }
    // `npm run bench -- customfields` runs the custom-field search (51) only.
    if (process.argv[2] === 'customfields') {
      await benchCustomFields(backends);
      return;
    }
    // `npm run bench -- import1m` runs the million-row addMany (5m) only, on the server.
    if (process.argv[2] === 'import1m') {
      const pgBackend = backends.find((b) => b.name === 'pg');
      if (!pgBackend) throw new Error('import1m needs a PostgreSQL server: set DATABASE_URL');
      const million = 1_000_000;
      const { total, laps } = await benchImportMillion(pgBackend, million);
      printTable(
        `5m. ${million.toLocaleString('en-US')} customers through customers.addMany (10,000 rows a call) into an empty book on the server (target ≤ 5 min);\n` +
          '   lap = each 100,000 rows, so a cost growing with the book shows',
        ['database', 'addMany', 'rate', 'first lap', 'last lap', 'last / first'],
        [[pgBackend.name, ms(total), perSecond(million, total), ms(laps[0]!), ms(laps[laps.length - 1]!), ratio(laps[laps.length - 1]! / laps[0]!)]],
      );
      return;
    }
    // `npm run bench -- import` runs the import command (16) only.
    if (process.argv[2] === 'import') {
      await benchTheImportCommand(backends);
      return;
    }
    // `npm run bench -- add` runs the adds at scale (4) only.
    if (process.argv[2] === 'add') {
      await benchAdds(backends);
      return;
    }
    // `npm run bench -- get` runs customers.get per call (6) only.
    if (process.argv[2] === 'get') {
      await benchGets(backends);
      return;
    }
    // `npm run bench -- actions` runs the action workloads (4–10) only.
    if (process.argv[2] === 'actions') {
      await benchTheActions(backends);
      return;
    }
    const bulkRows: string[][] = [];
    for (const backend of backends) {
      const { store, raw, rawDocument } = await benchInsertMany(backend, bulk, 2);
      bulkRows.push([
        backend.name,
        ms(store),
        perSecond(bulk, store),
        ms(raw),
        perSecond(bulk, raw),
        `${(raw / store).toFixed(2)}×`,
        ms(rawDocument),
        `${(rawDocument / store).toFixed(2)}×`,
      ]);
    }
    printTable(
      `1. Saving ${bulk.toLocaleString('en-US')} customers in one transaction (best of 2) — ratio = store throughput / raw throughput (target ≥ 0.80×)\n` +
        '   raw = INSERT … SELECT … FROM unnest($1::jsonb[]) in statements of 5,000, no validation; raw (document) = the same\n' +
        "   fed as the store feeds it (one JSON array document per statement), so its ratio is the cost of the store's validation",
      ['database', 'insertMany', 'rate', 'raw unnest INSERT', 'rate', 'ratio', 'raw (document)', 'ratio'],
      bulkRows,
    );

    const treeRows: string[][] = [];
    for (const backend of backends) {
      const root = await buildTree(backend, treeSize, 10, 50_000);
      const t = await benchSubtree(backend, root, treeSize, 7);
      treeRows.push([
        backend.name,
        ms(t.store),
        ms(t.cte),
        `${(t.cte / t.store).toFixed(2)}×`,
        ms(t.storeExecution),
        ms(t.cteExecution),
        `${(t.cteExecution / t.storeExecution).toFixed(2)}×`,
      ]);
    }
    printTable(
      `2. Loading a ${treeSize.toLocaleString('en-US')}-record subtree (10-ary tree in a table of 100,000; median of 7) — ratio = CTE time / subtree time (target > 1×)\n` +
        '   end to end = records in hand as objects (subtree also orders them depth first); in the database = EXPLAIN ANALYZE execution time',
      ['database', 'customers.subtree', 'recursive CTE', 'ratio', 'in db: range scan', 'in db: CTE', 'ratio'],
      treeRows,
    );

    const columns: { name: string; timings: number[] }[] = [{ name: 'memory', timings: await benchMixed(memoryStore()) }];
    for (const backend of backends) {
      await backend.reset();
      columns.push({ name: backend.name, timings: await benchMixed(backend.store) });
    }
    const memory = columns[0]!.timings;
    const total = (timings: number[]) => timings.reduce((a, b) => a + b, 0);
    printTable(
      '3. The same workload on each store — (× memory) = time relative to the memory store',
      ['phase', ...columns.flatMap((c, i) => (i === 0 ? [c.name] : [c.name, '× memory']))],
      [...phases, 'total'].map((phase, p) => {
        const of = (timings: number[]) => (p < phases.length ? timings[p]! : total(timings));
        return [phase, ...columns.flatMap((c, i) => (i === 0 ? [ms(of(c.timings))] : [ms(of(c.timings)), `${(of(c.timings) / of(memory)).toFixed(1)}×`]))];
      }),
    );

    await benchTheActions(backends);
    await benchTrees();
    await benchCheck();
    await benchTheImportCommand(backends);
    await benchCredit();
    await benchReports();
    await benchGrossProfit();
    await benchRecord(backends);
    await benchCustomFields(backends);
  } finally {
    for (const backend of backends) await backend.close();
  }
  console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s (node ${process.version})`);
}

const ratio = (value: number) => `${value.toFixed(2)}×`;
const us = (millis: number) => `${(millis * 1000).toFixed(1)} µs`;

/** The memory store and each database, as makers of a fresh, empty store. */
function storesOf(backends: Backend[]): [string, () => Promise<Store>][] {
  const fresh = (backend: Backend) => async () => {
    await backend.reset();
    return backend.store;
  };
  return [['memory', async () => memoryStore()], ...backends.map((b): [string, () => Promise<Store>] => [b.name, fresh(b)])];
}

/** 16. `staffcore import` of 100,000 rows through the command's code path vs the store's insertMany of the same records. */
async function benchTheImportCommand(backends: Backend[]): Promise<void> {
  const rows: string[][] = [];
  const summaries: string[] = [];
  for (const backend of backends) {
    const { command, raw, summary } = await benchImportCommand(backend, bulk);
    rows.push([backend.name, ms(command), perSecond(bulk, command), ms(raw), perSecond(bulk, raw), ratio(raw / command)]);
    summaries.push(`   ${backend.name}: the command printed "${summary}"`);
  }
  printTable(
    `16. staffcore import of a ${bulk.toLocaleString('en-US')}-row NDJSON file (chunks of 1,000, each one addMany transaction) vs the store's insertMany of the same records\n` +
      '   in the same chunks, one transaction each — ratio = import throughput / raw throughput\n' +
      summaries.join('\n'),
    ['database', 'staffcore import', 'rate', 'insertMany', 'rate', 'ratio'],
    rows,
  );
}

/** 4. customers.add in books of 1,000, 10,000 and 50,000 customers whose names share words, side by side on each store. */
async function benchAdds(backends: Backend[]): Promise<void> {
  const stores: [string, (size: number) => Promise<Store>][] = [
    ['memory', async () => memoryStore()],
    ...backends.map((b): [string, (size: number) => Promise<Store>] => [b.name, (size) => b.sideStore(`add_${size}`)]),
  ];
  const addRows: string[][] = [];
  for (const [name, make] of stores) {
    const [small, middle, large] = await benchAddAtScale(make, [1000, 10_000, 50_000]);
    const typos = `${large!.typosFound}/${large!.typos}`;
    addRows.push([name, ms(small!.perAdd), ms(middle!.perAdd), ms(large!.perAdd), ratio(large!.perAdd / small!.perAdd), typos]);
  }
  printTable(
    '4. customers.add with an address, per add (best of 10 rounds × 40, the books side by side, each round adding to each in turn), in books whose names\n' +
      '   share words (cities, surnames, "Staffing", "Services", …); one add in four mistypes a name of the book — ratio = at 50,000 / at 1,000 (target ≤ 1.30×);\n' +
      '   typos found = mistyped adds at 50,000 reporting the record they mistype',
    ['store', 'at 1,000', 'at 10,000', 'at 50,000', 'ratio', 'typos found'],
    addRows,
  );
}

/** 6. `customers.get` per call on every store beside its baseline. */
async function benchGets(backends: Backend[]): Promise<void> {
  const memoryGet = await benchGetMemory();
  const getRows = [['memory', us(memoryGet.get), 'Map.get', us(memoryGet.map), ratio(memoryGet.get / memoryGet.map), `get ≤ 10 µs: ${memoryGet.get <= 0.01 ? 'met' : 'NOT met'}`]];
  for (const backend of backends) {
    const pgGet = await benchGetPostgres(backend);
    getRows.push([backend.name, us(pgGet.get), 'SELECT by id', us(pgGet.select), ratio(pgGet.get / pgGet.select), '≤ 1.5×']);
  }
  printTable('6. customers.get per call (best of 5) — ratio = get / baseline', ['store', 'customers.get', 'baseline', 'time', 'ratio', 'target'], getRows);
}

async function benchTheActions(backends: Backend[]): Promise<void> {
  const stores = storesOf(backends);

  await benchAdds(backends);

  const importRows: string[][] = [];
  for (const backend of backends) {
    const { addMany, raw } = await benchImport(backend, bulk);
    importRows.push([backend.name, ms(addMany), perSecond(bulk, addMany), ms(raw), perSecond(bulk, raw), ratio(raw / addMany)]);
  }
  printTable(
    `5. ${bulk.toLocaleString('en-US')} customers through customers.addMany (audit events included) vs the store's insertMany of the same records — ratio = import throughput / raw throughput (target ≥ 0.60×, audit events included)`,
    ['database', 'addMany', 'rate', 'insertMany', 'rate', 'ratio'],
    importRows,
  );

  await benchGets(backends);

  const depthRows: string[][] = [];
  for (const [name, make] of stores) {
    const shallow = await benchGetDepth(make, 20);
    const deep = await benchGetDepth(make, 2000);
    depthRows.push([name, us(shallow), us(deep), ratio(deep / shallow)]);
  }
  printTable('7. customers.get by a rep at the bottom of a chain of levels (best of 5 × 200) — ratio = 2,000 levels / 20 (target ≤ 1.20×)', ['store', '20 levels', '2,000 levels', 'ratio'], depthRows);

  const cascadeRows: string[][] = [];
  for (const backend of backends) {
    const { action, sql } = await benchCascade(backend);
    cascadeRows.push([backend.name, ms(action), ms(sql), ratio(action / sql)]);
  }
  printTable('8. A status cascade over 1,000 records (best of 5) — ratio = action / hand-written set-based SQL with history and audit rows (target ≤ 2×)', ['database', 'changeStatus', 'SQL', 'ratio'], cascadeRows);

  const columns: { name: string; timings: number[] }[] = [];
  for (const [name, make] of stores) columns.push({ name, timings: await benchActionsMixed(await make()) });
  const memory = columns[0]!.timings;
  printTable(
    '9. The same workload through the actions on each store — (× memory) = time relative to the memory store (target: memory fastest in every phase)',
    ['phase', ...columns.flatMap((c, i) => (i === 0 ? [c.name] : [c.name, '× memory']))],
    actionPhases.map((phase, p) => [phase, ...columns.flatMap((c, i) => (i === 0 ? [ms(c.timings[p]!)] : [ms(c.timings[p]!), `${(c.timings[p]! / memory[p]!).toFixed(1)}×`]))]),
  );

  const moveRows: string[][] = [];
  for (const backend of backends) {
    const { action, sql } = await benchMoveSubtree(backend);
    moveRows.push([backend.name, ms(action), ms(sql), ratio(action / sql)]);
  }
  printTable('10. Moving a 50,000-record subtree to another parent (best of 5) — ratio = customers.move / a hand-written recursive-CTE update of the paths', ['database', 'customers.move', 'SQL', 'ratio'], moveRows);
}

await main();
