/**
 * The benchmarks of the actions (the core at scale): each workload beside its baseline from the
 * same run, best of at least 5 where it is timed per call.
 *
 * A. `customers.add` (with an address) in a book of 50,000 customers vs in a book of 1,000; the book's
 *    names and the added ones share words as real ones do, and one add in four mistypes a name of the book.
 * B. 100,000 customers through `customers.addMany` vs the store's raw `insertMany` of the same records;
 *    opt-in, 1,000,000 through `customers.addMany` on the server (`benchImportMillion`).
 * C. `customers.get` vs a `Map.get` (memory) and vs a raw `SELECT` by id (PostgreSQL).
 * D. `customers.get` with a 2,000-level hierarchy vs a 20-level one.
 * E. A status cascade over 1,000 records vs the set-based SQL written by hand.
 * F. A mixed workload through the actions on every store.
 * G. Moving a 50,000-record subtree through `customers.move` vs the move written by hand in SQL.
 */
import { memoryStore } from '../src/adapters/memory/index.js';
import type { Store } from '../src/adapters/port/index.js';
import { bootstrapHierarchy, allActions, createStaffcore, fixedClock, standardRoles, type Staffcore } from '../src/index.js';
import { tableName, type Backend } from './backends.js';
import { businessName, customerDraft, mistypedBusinessName } from './fixtures.js';
import { time } from './measure.js';

const clock = fixedClock('2026-11-22T09:00:00Z');
const address = (n: number) => ({ line1: `${n} Lake St`, city: 'Minneapolis', region: 'MN', postalCode: '55408' });

/** A store with one company level and an administrator acting at it. */
export async function agencyOn(store: Store): Promise<{ sc: Staffcore; companyId: string }> {
  const company = await bootstrapHierarchy(store, { name: 'Northstar', kind: 'company' }, { clock });
  const sc = createStaffcore({ actions: allActions, store, clock, actor: { id: 'ada', name: 'Ada', branchId: company.id, roles: [standardRoles.administrator] } });
  return { sc, companyId: company.id };
}

/** The least of `rounds` timings of `work`, each divided by `per`: the cost of one call, best of the rounds. */
async function bestPer(rounds: number, per: number, work: (round: number) => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) best = Math.min(best, (await time(() => work(round))) / per);
  return best;
}

/** A phone number of its own for the `n`th record. */
const phoneOf = (n: number, area = '612') => `+1 ${area} ${String(1_000_000 + n).slice(-7)}`;

/** Fills a store up to `size` customers through `customers.addMany`, 1,000 rows a call, named by `nameOf`. */
async function fill(sc: Staffcore, from: number, size: number, nameOf: (n: number) => string = (n) => customerDraft(n).name): Promise<string[]> {
  const ids: string[] = [];
  for (let n = from; n < size; n += 1000) {
    const rows = Array.from({ length: Math.min(1000, size - n) }, (_, i) => ({ name: nameOf(n + i), phone: phoneOf(n + i) }));
    const { added } = await (sc.customers.addMany({ rows }));
    ids.push(...added.map((a) => a.customer.id));
  }
  return ids;
}

/**
 * The `n`th name added in workload A to a book of `size`: a name of the book with a typo (one in
 * four), otherwise a name the book's generator has not handed out yet, which shares its words
 * (cities, surnames, "Staffing", "Services", …) with many names of the book.
 */
const addedName = (n: number, size: number) => (n % 4 === 0 ? mistypedBusinessName((n * 7919) % size) : businessName(size + n));

/** The cost of one add in a book of one size, and how many of the mistyped adds reported the record they mistype. */
export interface AddCost {
  readonly size: number;
  /** Milliseconds per add, best of the rounds of 40. */
  readonly perAdd: number;
  /** The mistyped adds whose original was among the likely duplicates, and how many there were. */
  readonly typosFound: number;
  readonly typos: number;
}

/**
 * A. The cost of one add (with an address) in a book of each of `sizes` customers (1,000 and
 * 50,000 by default). The books are filled first and kept side by side; then each round adds 40
 * customers to each book in turn, so a spell of load on a shared machine falls on every size
 * alike; the best round of each size is its cost.
 * @param makeStore - an empty store for the book of a size
 * @param sizes - the sizes of the books
 * @param rounds - how many rounds of 40 adds each book gets
 */
export async function benchAddAtScale(makeStore: (size: number) => Promise<Store>, sizes: readonly number[] = [1000, 50_000], rounds = 10): Promise<AddCost[]> {
  const books = [];
  for (const size of sizes) {
    const { sc } = await agencyOn(await makeStore(size));
    books.push({ size, sc, book: await fill(sc, 0, size, businessName), n: 0, typos: 0, typosFound: 0, perAdd: Number.POSITIVE_INFINITY });
  }
  // the first round warms the code up and is not counted
  for (let round = 0; round <= rounds; round++) {
    for (const book of books) {
      const perAdd = (await time(async () => {
        for (let i = 0; i < 40; i++, book.n++) {
          const n = book.n;
          const { likelyDuplicates } = await book.sc.customers.add({ name: addedName(n, book.size), phone: phoneOf(n, '651'), address: address(n) });
          if (n % 4 !== 0) continue;
          book.typos++;
          if (likelyDuplicates.some((d) => d.customerId === book.book[(n * 7919) % book.size])) book.typosFound++;
        }
      })) / 40;
      if (round > 0) book.perAdd = Math.min(book.perAdd, perAdd);
    }
  }
  return books.map(({ size, perAdd, typos, typosFound }) => ({ size, perAdd, typos, typosFound }));
}

/** B. 100,000 customers through `customers.addMany` vs the store's `insertMany` of the same records, in chunks of 1,000. */
export async function benchImport(backend: Backend, size: number): Promise<{ addMany: number; raw: number }> {
  await backend.reset();
  const { sc, companyId } = await agencyOn(backend.store);
  const rows = Array.from({ length: size }, (_, n) => ({ name: customerDraft(n).name, phone: `+1 612 ${String(1_000_000 + n).slice(-7)}` }));
  const addMany = await time(async () => {
    for (let n = 0; n < size; n += 10_000) await sc.customers.addMany({ rows: rows.slice(n, n + 10_000) });
  });
  await backend.reset();
  await agencyOn(backend.store);
  const drafts = rows.map((row, n) => ({ ...customerDraft(n), ...row, status: 'P', branchId: companyId, contactAddress: null })) as ReturnType<typeof customerDraft>[];
  const raw = await time(async () => {
    for (let n = 0; n < size; n += 10_000) {
      await backend.store.transaction(async (tx) => {
        for (let i = n; i < Math.min(size, n + 10_000); i += 1000) await tx.customers.insertMany(drafts.slice(i, i + 1000));
      });
    }
  });
  return { addMany, raw };
}

/**
 * B at a million (opt-in, server only): `size` customers through `customers.addMany` into an empty
 * book, 10,000 rows a call, the rows made call by call. Reports the time every 100,000 rows, so a
 * cost growing with the book shows as a growing lap.
 * @returns the whole import's milliseconds and each lap's
 */
export async function benchImportMillion(backend: Backend, size = 1_000_000): Promise<{ total: number; laps: number[] }> {
  await backend.reset();
  const { sc } = await agencyOn(backend.store);
  const laps: number[] = [];
  let lapStart = performance.now();
  const total = await time(async () => {
    for (let n = 0; n < size; n += 10_000) {
      const rows = Array.from({ length: Math.min(10_000, size - n) }, (_, i) => ({ name: customerDraft(n + i).name, phone: `+1 612 ${String(10_000_000 + n + i).slice(-7)}` }));
      await sc.customers.addMany({ rows });
      if ((n + 10_000) % 100_000 === 0) {
        laps.push(performance.now() - lapStart);
        lapStart = performance.now();
        console.log(`   ${(n + 10_000).toLocaleString('en-US')} rows: lap ${(laps[laps.length - 1]! / 1000).toFixed(1)} s`);
      }
    }
  });
  return { total, laps };
}

/** C (memory). `customers.get` vs `Map.get` of the same records, per call. */
export async function benchGetMemory(): Promise<{ get: number; map: number }> {
  const { sc } = await agencyOn(memoryStore());
  const ids = await fill(sc, 0, 10_000);
  const map = new Map<string, unknown>();
  for (const id of ids) map.set(id, (await sc.customers.get({ id })).customer);
  let sink = 0;
  const get = await bestPer(5, ids.length, async () => {
    for (const id of ids) sink += (await sc.customers.get({ id })).customer.version;
  });
  const mapGet = await bestPer(5, ids.length, async () => {
    for (const id of ids) sink += map.get(id) ? 1 : 0;
  });
  if (sink < 0) console.log(sink);
  return { get, map: mapGet };
}

/** C (PostgreSQL). `customers.get` vs a raw `SELECT data … WHERE id = $1`, per call. */
export async function benchGetPostgres(backend: Backend): Promise<{ get: number; select: number }> {
  await backend.reset();
  const { sc } = await agencyOn(backend.store);
  const ids = await fill(sc, 0, 2000);
  const sample = ids.slice(0, 500);
  const get = await bestPer(5, sample.length, async () => {
    for (const id of sample) await sc.customers.get({ id });
  });
  const table = `"${backend.schema}"."customers"`;
  const select = await bestPer(5, sample.length, async () => {
    for (const id of sample) await backend.client.query(`SELECT data FROM ${table} WHERE id = $1`, [id]);
  });
  return { get, select };
}

/** D. `customers.get` by a rep at the deepest level of a chain of `depth` levels, per call. */
export async function benchGetDepth(makeStore: () => Promise<Store>, depth: number): Promise<number> {
  const store = await makeStore();
  const { sc } = await agencyOn(store);
  let parentId = (await sc.hierarchy.list()).items[0]!.id;
  for (let level = 1; level < depth; level++) parentId = (await sc.hierarchy.addLevel({ name: `Level ${level}`, parentId })).branch.id;
  const rep = createStaffcore({ actions: allActions, store, clock, actor: { id: 'dana', name: 'Dana', branchId: parentId, roles: [standardRoles.salesRep] } });
  const { customer } = await rep.customers.add({ name: 'Deep Customer' });
  return bestPer(5, 200, async () => {
    for (let i = 0; i < 200; i++) await rep.customers.get({ id: customer.id });
  });
}

/** Builds a 1,000-record tree (a root with 999 descendants, 10 children a node) through the store. */
async function thousandTree(store: Store, branchId: string): Promise<string> {
  const ids: string[] = [];
  await store.transaction(async (tx) => {
    const [root] = await tx.customers.insertMany([{ ...customerDraft(0), branchId, status: 'P' } as ReturnType<typeof customerDraft>]);
    ids.push(root!.id);
    for (let n = 1; n < 1000; n += 10) {
      const parent = ids[Math.floor((n - 1) / 10)]!;
      const saved = await tx.customers.insertMany(
        Array.from({ length: Math.min(10, 1000 - n) }, (_, i) => ({ ...customerDraft(n + i, parent), branchId, status: 'P' }) as ReturnType<typeof customerDraft>),
      );
      ids.push(...saved.map((c) => c.id));
    }
  });
  return ids[0]!;
}

/** E. A status cascade over 1,000 records through the action vs the set-based statements written by hand. */
export async function benchCascade(backend: Backend): Promise<{ action: number; sql: number }> {
  const action = await bestPer(5, 1, async () => {
    await backend.reset();
    const { sc, companyId } = await agencyOn(backend.store);
    const root = await thousandTree(backend.store, companyId);
    return time(() => sc.customers.changeStatus({ id: root, to: 'H', reason: 'Credit check', cascade: true }));
  });
  const t = (name: string) => `"${backend.schema}"."${name}"`;
  const sql = await bestPer(5, 1, async () => {
    await backend.reset();
    const { companyId } = await agencyOn(backend.store);
    const root = await thousandTree(backend.store, companyId);
    await backend.inTransaction(async (query) => {
      const [{ path }] = (await query(`SELECT path FROM ${t('customers')} WHERE id = $1`, [root])).rows as [{ path: string }];
      await query(
        `WITH changed AS (
           UPDATE ${t('customers')} SET version = version + 1,
             data = jsonb_set(jsonb_set(data, '{status}', '"H"'), '{version}', to_jsonb(version + 1))
           WHERE path LIKE $1 AND data->>'status' <> 'H' RETURNING id, version),
         history AS (
           INSERT INTO ${t('status_changes')} (id, version, data, customer_id, at_key)
           SELECT nextval('${backend.schema}.status_changes_id_seq')::text, 1,
             jsonb_build_object('customerId', id, 'from', 'P', 'to', 'H', 'reason', 'Credit check', 'recordVersion', version), id, '2026-11-22'
           FROM changed RETURNING id, customer_id),
         numbered AS (
           SELECT 'customers' AS entity, id AS record_id, row_number() OVER () AS n FROM changed
           UNION ALL SELECT 'statusChanges', id, 1000000 + row_number() OVER () FROM history),
         bump AS (UPDATE ${t('audit_counter')} SET last = last + (SELECT count(*) FROM numbered) RETURNING last - (SELECT count(*) FROM numbered) AS base)
         INSERT INTO ${t('audit_events')} (position, entity, record_id, data)
         SELECT base + row_number() OVER (ORDER BY n), entity, record_id,
           jsonb_build_object('entity', entity, 'recordId', record_id, 'action', 'customers.changeStatus', 'changes', '{}'::jsonb)
         FROM numbered, bump`,
        [`${path}%`],
      );
    });
  });
  return { action, sql };
}

/** The phases of the mixed workload through the actions. */
export const actionPhases = ['addMany 20 × 1,000', '1,000 get + update', '100 status changes', '100 searches × 3 pages', '1,000 gets'] as const;

/** F. The mixed workload through the actions on an empty store; the time of each phase. */
export async function benchActionsMixed(store: Store): Promise<number[]> {
  const { sc } = await agencyOn(store);
  let ids: string[] = [];
  const timings: number[] = [];
  timings.push(await time(async () => void (ids = await fill(sc, 0, 20_000))));
  const pick = (i: number) => ids[(i * 7919) % ids.length]!;
  timings.push(
    await time(async () => {
      for (let i = 0; i < 1000; i++) {
        const { customer } = await sc.customers.get({ id: pick(i) });
        await sc.customers.update({ id: customer.id, version: customer.version, changes: { notes: `update ${i}` } });
      }
    }),
  );
  timings.push(
    await time(async () => {
      for (let i = 0; i < 100; i++) await sc.customers.changeStatus({ id: pick(i + 5000), to: i % 2 ? 'A' : 'H', reason: 'bench' }).catch(() => undefined);
    }),
  );
  const texts = ['acme', 'north', 'staffing 1', 'foods', 'labs 7', 'wonka'];
  timings.push(
    await time(async () => {
      for (let i = 0; i < 100; i++) {
        let after: string | null = null;
        for (let page = 0; page < 3; page++) {
          const result: { next: string | null } = await sc.customers.search({ text: texts[i % texts.length], limit: 50, after });
          after = result.next;
          if (!after) break;
        }
      }
    }),
  );
  timings.push(
    await time(async () => {
      for (let i = 0; i < 1000; i++) await sc.customers.get({ id: pick(i + 3) });
    }),
  );
  return timings;
}

/**
 * G. Moving a 50,000-record subtree to another parent through `customers.move` vs the same move
 * written by hand: a recursive CTE over `parent_id` rewriting the materialized paths, and the
 * moved record's parent. The subtree moves back and forth; best of 5 each.
 */
export async function benchMoveSubtree(backend: Backend, size = 50_000): Promise<{ action: number; sql: number }> {
  await backend.reset();
  const { sc, companyId } = await agencyOn(backend.store);
  const inCompany = (n: number, parentId: string | null) => ({ ...customerDraft(n, parentId), branchId: companyId }) as ReturnType<typeof customerDraft>;
  const [home, away] = await backend.store.transaction((tx) => tx.customers.insertMany([inCompany(900_000, null), inCompany(900_001, null)]));
  // a 10-ary tree of `size` records under `home`, level by level
  const ids: string[] = [];
  let level = [0];
  while (level.length > 0) {
    const saved = await backend.store.transaction((tx) =>
      tx.customers.insertMany(level.map((k) => inCompany(k, k === 0 ? home!.id : ids[Math.floor((k - 1) / 10)]!))),
    );
    level.forEach((k, i) => (ids[k] = saved[i]!.id));
    level = level.flatMap((k) => Array.from({ length: 10 }, (_, c) => k * 10 + c + 1)).filter((k) => k < size);
  }
  await backend.client.query(`ANALYZE ${tableName(backend.schema, 'customers')}`);
  const top = ids[0]!;
  const t = tableName(backend.schema, 'customers');
  const handMove = (to: string) =>
    backend.inTransaction(async (query) => {
      const [{ path: old }] = (await query(`SELECT path FROM ${t} WHERE id = $1`, [top])).rows as [{ path: string }];
      const [{ path: parentPath }] = (await query(`SELECT path FROM ${t} WHERE id = $1`, [to])).rows as [{ path: string }];
      await query(
        `WITH RECURSIVE sub AS (SELECT id FROM ${t} WHERE id = $1 UNION ALL SELECT c.id FROM ${t} c JOIN sub ON c.parent_id = sub.id) ` +
          `UPDATE ${t} AS c SET path = $2 || substr(c.path, $3::int + 1) FROM sub WHERE c.id = sub.id`,
        [top, `${parentPath}${top}/`, old.length],
      );
      await query(`UPDATE ${t} SET parent_id = $2, version = version + 1, data = jsonb_set(jsonb_set(data, '{parentId}', to_jsonb($2::text)), '{version}', to_jsonb(version + 1)) WHERE id = $1`, [top, to]);
    });
  let action = Number.POSITIVE_INFINITY;
  let sql = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    const { customer } = await sc.customers.get({ id: top });
    action = Math.min(action, await time(() => sc.customers.move({ id: top, newParentId: customer.parentId === home!.id ? away!.id : home!.id, version: customer.version })));
    const now = (await sc.customers.get({ id: top })).customer;
    sql = Math.min(sql, await time(() => handMove(now.parentId === home!.id ? away!.id : home!.id)));
  }
  return { action, sql };
}
