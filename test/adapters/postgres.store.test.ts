import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../src/adapters/memory/index.js';
import { migrate, postgresStore, type PostgresQueryable } from '../../src/adapters/postgres/index.js';
import { entityNames, type CustomerSearch, type Page, type Query, type Store } from '../../src/adapters/port/index.js';
import { isStaffcoreError } from '../../src/errors/index.js';
import { latestVersion, migrations } from '../../src/adapters/postgres/_internal/migrations.js';
import { NewAuditEvent, type Customer } from '../../src/model/index.js';
import { fixture } from '../../src/testing/index.js';
import { trigramSimilarity } from '../../src/rules/index.js';
import { expectError } from '../helpers/expectError.js';
import { needsServer } from '../helpers/stores.js';

/** The versions from `first` to the latest, as a run of `migrate` reports them. */
const versionsFrom = (first: number): number[] => migrations.map((m) => m.version).filter((v) => v >= first);

const refs = { branchId: 'branch-1', repId: 'rep-1' };
const customer = (overrides: Record<string, unknown> = {}, n = 1) => fixture('customers', overrides, refs, n) as never;
const tables = (schema: string) => [...entityNames.map((e) => `"${schema}"."${e.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}"`), `"${schema}"."audit_events"`];

let db: PGlite;
beforeAll(async () => {
  db = new PGlite();
  await migrate(db);
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.query(`TRUNCATE ${tables('staffcore').join(', ')} RESTART IDENTITY`);
  await db.query('UPDATE staffcore.audit_counter SET last = 0');
});

/** A client that runs statements on `db` but fails those `fault` picks, as a driver would. */
function faulty(fault: (sql: string) => Error | undefined): PostgresQueryable & { statements: string[] } {
  const statements: string[] = [];
  return {
    statements,
    async query(text, params) {
      statements.push(text);
      const error = fault(text);
      if (error) {
        // a COMMIT that fails still ends the transaction, as on a server
        if (text === 'COMMIT') await db.query('ROLLBACK');
        throw error;
      }
      return db.query(text, params);
    },
  };
}

/** An error shaped like the drivers' own: a message and a SQLSTATE `code`. */
function databaseError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('migrate', () => {
  it('applies each version once: a second run applies nothing and changes nothing', async () => {
    const fresh = new PGlite();
    try {
      expect(await migrate(fresh, { schema: 'app' })).toEqual({ schema: 'app', applied: versionsFrom(1), version: latestVersion });
      const statements: string[] = [];
      const watched: PostgresQueryable = { query: (text, params) => (statements.push(text), fresh.query(text, params)) };
      expect(await migrate(watched, { schema: 'app' })).toEqual({ schema: 'app', applied: [], version: latestVersion });
      expect(statements.filter((s) => /CREATE|ALTER|INSERT|advisory/.test(s))).toEqual([]);
      const { rows } = await fresh.query<{ version: number }>('SELECT version FROM app.staffcore_migrations ORDER BY version');
      expect(rows).toEqual(versionsFrom(1).map((version) => ({ version })));
    } finally {
      await fresh.close();
    }
  });

  it('runs concurrent calls one after the other on a single connection', async () => {
    const fresh = new PGlite();
    try {
      const results = await Promise.all([migrate(fresh), migrate(fresh), migrate(fresh)]);
      expect(results.map((r) => r.applied)).toEqual([versionsFrom(1), [], []]);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a schema name that is not a plain lower-case identifier', async () => {
    for (const schema of ['Staffcore', 'a-b', '1abc', 'x"; drop schema public; --', '']) {
      const error = await expectError(migrate(db, { schema }), 'VALIDATION');
      expect(error.details.path).toEqual(['schema']);
    }
    expect(() => postgresStore({ client: db, schema: 'Bad Name' })).toThrow(/schema/);
  });
});

describe('postgresStore', () => {
  it('refuses a missing client', () => {
    for (const client of [undefined, null, {}, 'postgres://']) {
      expect(() => postgresStore({ client } as never)).toThrowError(expect.objectContaining({ code: 'VALIDATION' }));
    }
  });

  it('fails with STORE naming migrate() when the schema was not migrated', async () => {
    const store = postgresStore({ client: db, schema: 'never_migrated' });
    const error = await expectError(
      store.transaction((tx) => tx.customers.get('1')),
      'STORE',
    );
    expect(error.message).toMatch(/migrate\(client, \{ schema: 'never_migrated' \}\)/);
  });

  it('fails with STORE naming the missing versions when a middle migration never ran', async () => {
    const schema = 'gap_migrated';
    await migrate(db, { schema });
    const middle = migrations[Math.floor(migrations.length / 2)]!.version;
    await db.query(`DELETE FROM ${schema}.staffcore_migrations WHERE version = $1`, [middle]);
    const error = await expectError(postgresStore({ client: db, schema }).transaction((tx) => tx.customers.get('1')), 'STORE');
    expect(error.details).toMatchObject({ missing: [middle], required: latestVersion });
    expect(error.message).toMatch(/run migrate\(client, \{ schema: 'gap_migrated' \}\)/);
  });

  it('keeps a PGlite database in a directory across close and reopen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'staffcore-pglite-'));
    try {
      const first = new PGlite(dir);
      await migrate(first);
      const saved = await postgresStore({ client: first }).transaction(async (tx) => {
        const root = await tx.customers.insert(customer({ name: 'Persistent Root' }));
        const child = await tx.customers.insert(customer({ name: 'Persistent Child', parentId: root.id }));
        return { root, child };
      });
      await first.close();

      const reopened = new PGlite(dir);
      try {
        expect((await migrate(reopened)).applied).toEqual([]);
        const store = postgresStore({ client: reopened });
        await store.transaction(async (tx) => {
          expect(await tx.customers.get(saved.root.id)).toEqual(saved.root);
          expect(await tx.customers.subtree(saved.root.id)).toEqual([saved.root, saved.child]);
          // the sequences were kept too: a new record gets a new id
          expect((await tx.customers.insert(customer())).id).toBe('3');
        });
      } finally {
        await reopened.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('wraps a database error in STORE with the driver error as cause, and rolls the transaction back', async () => {
    const cause = databaseError('23505', 'duplicate key value violates unique constraint');
    const client = faulty((sql) => (sql.includes('INSERT INTO "staffcore"."worksites"') ? cause : undefined));
    const store = postgresStore({ client });
    const error = await expectError(
      store.transaction(async (tx) => {
        await tx.customers.insert(customer());
        await tx.worksites.insert(fixture('worksites', {}, { customerId: '1' }));
      }),
      'STORE',
    );
    expect(error.cause).toBe(cause);
    expect(error.details).toMatchObject({ operation: 'worksites.insert', sqlState: '23505' });
    expect(client.statements.at(-1)).toBe('ROLLBACK');
    expect((await db.query('SELECT count(*)::int AS n FROM staffcore.customers')).rows).toEqual([{ n: 0 }]);
  });

  it('holds one active assignment of an employee per order as a unique index: a second is a CONFLICT, an ended one makes room', async () => {
    const store = postgresStore({ client: db });
    const refsWithOrder = { ...refs, customerId: '1', orderId: 'order-1' };
    const first = await store.transaction((tx) => tx.assignments.insert(fixture('assignments', { employeeId: 'E-1' }, refsWithOrder) as never));
    const error = await expectError(store.transaction((tx) => tx.assignments.insert(fixture('assignments', { employeeId: 'E-1' }, refsWithOrder) as never)), 'CONFLICT');
    expect(error.details).toMatchObject({ operation: 'assignments.insert', sqlState: '23505' });
    await store.transaction((tx) => tx.assignments.update({ ...first, state: 'ended', endDate: '2026-03-09' }));
    await store.transaction((tx) => tx.assignments.insert(fixture('assignments', { employeeId: 'E-1' }, refsWithOrder) as never));
    expect(await store.transaction((tx) => tx.assignments.count({ orderId: 'order-1' }))).toBe(2);
  });

  it('fails a transaction whose work swallowed a database error, instead of reporting a commit that did not happen', async () => {
    const client = faulty((sql) => (sql.startsWith('SELECT data FROM "staffcore"."orders"') ? databaseError('57014', 'canceling statement') : undefined));
    const store = postgresStore({ client });
    const error = await expectError(
      store.transaction(async (tx) => {
        await tx.customers.insert(customer());
        await tx.orders.get('1').catch(() => null);
        return 'done';
      }),
      'STORE',
    );
    expect(error.details).toMatchObject({ sqlState: '57014' });
    expect(client.statements.at(-1)).toBe('ROLLBACK');
    expect((await db.query('SELECT count(*)::int AS n FROM staffcore.customers')).rows).toEqual([{ n: 0 }]);
  });

  it('runs the whole transaction again after a serialization failure or deadlock, at most 4 times', async () => {
    let failures = 2;
    const client = faulty((sql) => (sql === 'COMMIT' && failures-- > 0 ? databaseError(failures % 2 ? '40001' : '40P01', 'could not serialize') : undefined));
    const store = postgresStore({ client });
    let runs = 0;
    const saved = await store.transaction(async (tx) => {
      runs++;
      return tx.customers.insert(customer({ name: `Attempt ${runs}` }));
    });
    expect(runs).toBe(3);
    expect(saved.name).toBe('Attempt 3');
    await store.transaction(async (tx) => expect(await tx.customers.count()).toBe(1));

    const always = postgresStore({ client: faulty((sql) => (sql === 'COMMIT' ? databaseError('40001', 'could not serialize') : undefined)) });
    let tries = 0;
    const error = await expectError(
      always.transaction(async (tx) => {
        tries++;
        await tx.customers.count();
      }),
      'STORE',
    );
    expect(tries).toBe(4);
    expect(error.details).toMatchObject({ sqlState: '40001' });
  });

  it('refuses strings PostgreSQL cannot hold (NUL, unpaired surrogates) as VALIDATION naming the field, before any SQL', async () => {
    const client = faulty(() => undefined);
    const store = postgresStore({ client });
    await store.transaction((tx) => tx.customers.count());
    const before = client.statements.length;
    for (const [overrides, path] of [
      [{ name: 'Nul\u0000Corp' }, ['name']],
      [{ notes: 'half a pair \uD83D' }, ['notes']],
      [{ socialHandles: [{ network: 'other', handle: 'ok' }, { network: 'other', handle: '\uDC00' }] }, ['socialHandles', 1, 'handle']],
    ] as const) {
      const error = await expectError(
        store.transaction((tx) => tx.customers.insert(customer(overrides))),
        'VALIDATION',
      );
      expect(error.details.path).toEqual(path);
    }
    await expectError(store.transaction((tx) => tx.customers.search({ text: 'a\u0000' })), 'VALIDATION');
    await expectError(store.transaction((tx) => tx.customers.find({ where: { branchId: 'a\u0000' } })), 'VALIDATION');
    expect(client.statements.slice(before).filter((s) => !/^(BEGIN|ROLLBACK)$/.test(s) && !s.includes("set_config('lock_timeout'"))).toEqual([]);
  });

  it('runs the transactions of one connection one at a time', async () => {
    const store = postgresStore({ client: db });
    const seeded = await store.transaction((tx) => tx.customers.insert(customer()));
    const events: string[] = [];
    await Promise.all(
      [1, 2, 3].map((n) =>
        store.transaction(async (tx) => {
          events.push(`start ${n}`);
          const current = (await tx.customers.get(seeded.id))!;
          await new Promise((resolve) => setTimeout(resolve, 5));
          await tx.customers.update({ ...current, notes: `${current.notes}${n}` });
          events.push(`end ${n}`);
        }),
      ),
    );
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    await store.transaction(async (tx) => expect((await tx.customers.get(seeded.id))!).toMatchObject({ version: 4, notes: '123' }));
  });

  it('saves a batch larger than one statement in input order, and leaves none of it behind when a later record is bad', async () => {
    const store = postgresStore({ client: db });
    const size = 12_001;
    const root = await store.transaction((tx) => tx.customers.insert(customer({ name: 'Batch root' })));
    const drafts = Array.from({ length: size }, (_, i) => customer({ name: `Bulk ${i}`, parentId: i % 2 ? root.id : null }, i));
    const kept = await store.transaction(async (tx) => {
      const bad = [...drafts];
      bad[11_000] = customer({ name: ' ' });
      const error = await expectError(tx.customers.insertMany(bad), 'VALIDATION');
      expect(error.details.path).toEqual([11_000, 'name']);
      const orphan = [...drafts];
      orphan[10_500] = customer({ parentId: 'no-such-parent' });
      const missing = await expectError(tx.customers.insertMany(orphan), 'VALIDATION');
      expect(missing.details.path).toEqual([10_500, 'parentId']);
      // a parent saved by an earlier part of the same batch does not count, as in the memory store
      const { rows } = await db.query<{ next: string }>('SELECT (last_value + 1)::text AS next FROM staffcore.customers_id_seq');
      const ownParent = [...drafts];
      ownParent[10_000] = customer({ parentId: rows[0]!.next });
      const own = await expectError(tx.customers.insertMany(ownParent), 'VALIDATION');
      expect(own.details.path).toEqual([10_000, 'parentId']);
      expect(await tx.customers.count()).toBe(1);
      return tx.worksites.insert(fixture('worksites', {}, { customerId: root.id }));
    });
    expect((await db.query('SELECT count(*)::int AS n FROM staffcore.customers')).rows).toEqual([{ n: 1 }]);
    expect((await db.query('SELECT id FROM staffcore.worksites')).rows).toEqual([{ id: kept.id }]);

    const saved = await store.transaction((tx) => tx.customers.insertMany(drafts));
    expect(saved.map((c) => c.name)).toEqual(drafts.map((d) => (d as { name: string }).name));
    const ids = saved.map((c) => Number(c.id));
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1]!)).toBe(true);
    await store.transaction(async (tx) => {
      expect(await tx.customers.count()).toBe(size + 1);
      expect(await tx.customers.subtree(root.id)).toHaveLength(1 + Math.floor(size / 2));
      expect(await tx.customers.get(saved[size - 1]!.id)).toEqual(saved[size - 1]);
    });
  });

  it('keeps each customer path equal to its parent path and its own id, across moves', async () => {
    const store = postgresStore({ client: db });
    await store.transaction(async (tx) => {
      const a = await tx.customers.insert(customer({ name: 'A' }));
      const b = await tx.customers.insert(customer({ name: 'B', parentId: a.id }));
      const [c, d] = await tx.customers.insertMany([customer({ name: 'C', parentId: b.id }), customer({ name: 'D', parentId: a.id })]);
      const e = await tx.customers.insert(customer({ name: 'E' }));
      await tx.customers.update({ ...b, parentId: e.id });
      await tx.customers.update({ ...d!, parentId: c!.id });
    });
    const { rows } = await db.query<{ id: string; path: string }>('SELECT id, path FROM staffcore.customers ORDER BY id');
    expect(rows.map((r) => [r.id, r.path])).toEqual([
      ['1', '/1/'],
      ['2', '/5/2/'],
      ['3', '/5/2/3/'],
      ['4', '/5/2/3/4/'],
      ['5', '/5/'],
    ]);
  });
});

describe('postgresStore audit log', () => {
  const event = (recordId: string, n: number) =>
    NewAuditEvent.parse({
      at: '2026-01-15T09:30:00.000Z',
      actorId: 'rep-1',
      action: 'customers.update',
      entity: 'customers',
      recordId,
      recordVersion: n + 1,
      operation: 'update',
      changes: { notes: { before: `note ${n - 1}`, after: `note ${n}` } },
    });

  it('upgrades a version-1 schema to the latest and keeps its records; until then the store refuses it naming migrate()', async () => {
    const fresh = new PGlite();
    try {
      // the schema as version 1 left it, before the audit log existed
      await fresh.query('CREATE SCHEMA app');
      await fresh.query('CREATE TABLE app.staffcore_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const [first] = migrations;
      for (const statement of first!.statements('app')) await fresh.query(statement);
      await fresh.query('INSERT INTO app.staffcore_migrations (version, name) VALUES (1, $1)', [first!.name]);
      await fresh.query(`INSERT INTO app.branches (id, version, data, parent_id, name_key) VALUES ('1', 1, '{"id":"1","version":1}', NULL, 'b')`);

      const store = postgresStore({ client: fresh, schema: 'app' });
      const refused = await expectError(store.transaction((tx) => tx.audit.since()), 'STORE');
      expect(refused.message).toMatch(new RegExp(`version 1.*version ${latestVersion}.*migrate\\(client, \\{ schema: 'app' \\}\\)`));

      expect(await migrate(fresh, { schema: 'app' })).toEqual({ schema: 'app', applied: versionsFrom(2), version: latestVersion });
      const upgraded = postgresStore({ client: fresh, schema: 'app' });
      const [appended] = await upgraded.transaction((tx) => tx.audit.append([event('1', 1)]));
      expect(appended?.id).toBe('1');
      expect((await fresh.query('SELECT id FROM app.branches')).rows).toEqual([{ id: '1' }]);
    } finally {
      await fresh.close();
    }
  });

  it('upgrades a version-8 schema: each event recorded before is a transaction of its own (its position) with recordVersion null; new transactions take ids no old event has', async () => {
    const fresh = new PGlite();
    try {
      await migrate(fresh, { schema: 'app' });
      const before = postgresStore({ client: fresh, schema: 'app' });
      await before.transaction((tx) => tx.audit.append([event('1', 1), event('2', 2)]));
      await before.transaction((tx) => tx.audit.append([event('1', 3)]));
      // the events as version 8 stored them: without the two fields
      await fresh.exec(`
        UPDATE app.audit_events SET data = data - 'transactionId' - 'recordVersion';
        DELETE FROM app.staffcore_migrations WHERE version >= 9;`);
      await expectError(postgresStore({ client: fresh, schema: 'app' }).transaction((tx) => tx.audit.since()), 'STORE');

      expect(await migrate(fresh, { schema: 'app' })).toEqual({ schema: 'app', applied: versionsFrom(9), version: latestVersion });
      const store = postgresStore({ client: fresh, schema: 'app' });
      const next = await store.transaction((tx) => tx.audit.append([event('2', 4), event('3', 5)]));
      const feed = (await store.transaction((tx) => tx.audit.since())).items;
      expect(feed.map((e) => [e.id, e.transactionId, e.recordVersion])).toEqual([
        ['1', '1', null],
        ['2', '2', null],
        ['3', '3', null],
        ['4', '4', 5],
        ['5', '4', 6],
      ]);
      expect(feed.slice(3)).toEqual(next);
      // the old events keep everything else they had
      expect(feed[0]).toEqual({ ...event('1', 1), id: '1', transactionId: '1', recordVersion: null });
    } finally {
      await fresh.close();
    }
  });

  it('keeps one row per event (position, entity and record id as columns, the event as data) and the last position in the counter row', async () => {
    const store = postgresStore({ client: db });
    await store.transaction((tx) => tx.audit.append([event('1', 1), event('2', 2)]));
    await store.transaction(async (tx) => {
      await tx.audit.append([event('3', 3)]);
      throw new Error('roll back');
    }).catch(() => undefined);
    const appended = await store.transaction((tx) => tx.audit.append([event('4', 4)]));
    const { rows } = await db.query<{ position: string; entity: string; record_id: string; data: unknown }>(
      'SELECT position::text AS position, entity, record_id, data FROM staffcore.audit_events ORDER BY position',
    );
    expect(rows.map((r) => [r.position, r.entity, r.record_id])).toEqual([
      ['1', 'customers', '1'],
      ['2', 'customers', '2'],
      // the rolled-back transaction's position went to the next one: the feed has no gaps
      ['3', 'customers', '4'],
    ]);
    expect(rows[2]?.data).toEqual(appended[0]);
    expect((await db.query('SELECT last::text AS last FROM staffcore.audit_counter')).rows).toEqual([{ last: '3' }]);
  });

  it('appends a batch in one statement, and sends none for an empty or refused batch', async () => {
    const client = faulty(() => undefined);
    const store = postgresStore({ client });
    await store.transaction((tx) => tx.audit.since());
    const sent = () => client.statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)$/.test(s) && !s.includes("set_config('lock_timeout'"));
    const before = sent().length;
    const appended = await store.transaction((tx) => tx.audit.append([event('1', 1), event('2', 2), event('3', 3)]));
    expect(appended.map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(sent().slice(before)).toHaveLength(1);
    expect(sent().at(-1)).toMatch(/UPDATE "staffcore"."audit_counter" SET last = last \+.*INSERT INTO "staffcore"."audit_events"/);
    await store.transaction(async (tx) => {
      expect(await tx.audit.append([])).toEqual([]);
      await expectError(tx.audit.append([{ ...event('4', 4), operation: 'upsert' as never }]), 'VALIDATION');
    });
    expect(sent()).toHaveLength(before + 1);
  });

  it('fails with STORE, writing nothing, when the counter row is gone', async () => {
    const fresh = new PGlite();
    try {
      await migrate(fresh);
      await fresh.query('DELETE FROM staffcore.audit_counter');
      const error = await expectError(postgresStore({ client: fresh }).transaction((tx) => tx.audit.append([event('1', 1)])), 'STORE');
      expect(error.message).toMatch(/audit_counter/);
      expect((await fresh.query('SELECT count(*)::int AS n FROM staffcore.audit_events')).rows).toEqual([{ n: 0 }]);
    } finally {
      await fresh.close();
    }
  });
});

describe('postgresStore duplicate keys', () => {
  it('upgrades a version-2 schema: adds the key columns, fills them from the stored records, indexes the folded names for similarNames, starts the hierarchy version', async () => {
    const fresh = new PGlite({ extensions: { pg_trgm } });
    try {
      await migrate(fresh, { schema: 'app' });
      const before = postgresStore({ client: fresh, schema: 'app' });
      const saved = await before.transaction((tx) =>
        tx.customers.insertMany([customer({ name: 'Müller GmbH', phone: '612-555-0100' }, 1), customer({ name: 'Stark Staffing' }, 2)]),
      );
      // the schema as version 2 left it: no key columns, no version row, no trigram index
      await fresh.exec(`
        ALTER TABLE app.customers DROP COLUMN derived_name_key, DROP COLUMN derived_phone_key, DROP COLUMN derived_address_key;
        DROP TRIGGER bump_hierarchy_version ON app.branches; DROP FUNCTION app.bump_hierarchy_version(); DROP TABLE app.hierarchy_version;
        DROP TABLE app.customer_moves;
        DELETE FROM app.staffcore_migrations WHERE version >= 3;`);
      await expectError(postgresStore({ client: fresh, schema: 'app' }).transaction((tx) => tx.customers.get('1')), 'STORE');

      expect(await migrate(fresh, { schema: 'app' })).toEqual({ schema: 'app', applied: versionsFrom(3), version: latestVersion });
      const store = postgresStore({ client: fresh, schema: 'app' });
      const found = await store.transaction(async (tx) => ({
        byName: (await tx.customers.find({ where: { nameKey: 'muller' } })).items.map((c) => c.id),
        byPhone: (await tx.customers.find({ where: { phoneKey: '6125550100' } })).items.map((c) => c.id),
        similar: (await tx.customers.similarNames({ nameKey: 'stark stafing' })).map((s) => s.customer.id),
        version: await tx.branches.hierarchyVersion(),
      }));
      expect(found).toMatchObject({ byName: [saved[0]!.id], byPhone: [saved[0]!.id], similar: [saved[1]!.id] });
      expect(found.version).toMatch(/^0:/);
      // version 3's trigram index is gone (version 11): the windows of similarNames read the id and reversed ones
      const { rows } = await fresh.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE schemaname = 'app' ORDER BY indexname");
      expect(rows.map((row) => row.indexname).filter((name) => /trgm|derived_name_key_/.test(name))).toEqual([
        'customers_derived_name_key_id_idx',
        'customers_derived_name_key_idx',
        'customers_derived_name_key_reversed_idx',
      ]);
    } finally {
      await fresh.close();
    }
  });

  it('needs no pg_trgm: on a database without it, similarNames finds the names a typo apart as well as the exact repeats', async () => {
    const store = postgresStore({ client: db });
    const [exact, accented, typo] = await store.transaction((tx) =>
      tx.customers.insertMany([customer({ name: 'Café Rio' }, 1), customer({ name: 'CAFE RIO, Inc.' }, 2), customer({ name: 'Cafe Rios' }, 3)]),
    );
    const similar = await store.transaction((tx) => tx.customers.similarNames({ nameKey: 'cafe rio' }));
    expect(similar.map((s) => [s.customer.id, s.similarity])).toEqual([
      [exact!.id, 1],
      [accented!.id, 1],
      [typo!.id, trigramSimilarity('cafe rio', 'cafe rios')],
    ]);
    const { rows } = await db.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'");
    expect(rows).toEqual([]);
  });
});

/** A plan node of `EXPLAIN (ANALYZE, FORMAT JSON)`, as far as counting the rows read goes. */
interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Actual Rows': number;
  readonly 'Actual Loops': number;
  readonly 'Rows Removed by Filter'?: number;
  readonly 'Rows Removed by Index Recheck'?: number;
  readonly Plans?: readonly PlanNode[];
}

/** The rows a plan's scans read: those they returned and those they read and dropped. */
function rowsScanned(node: PlanNode): number {
  const own = /Scan/.test(node['Node Type'])
    ? node['Actual Rows'] * node['Actual Loops'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)
    : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsScanned(child), 0);
}

/**
 * How many rows the statements of one `similarNames` call read, on a book of `size` names sharing
 * words: the statements are captured as the store sends them, then run again under `EXPLAIN ANALYZE`
 * in a transaction of their own (the settings they make included), which is rolled back.
 */
async function similarNamesRowsRead(client: PostgresQueryable, schema: string, size: number): Promise<number> {
  const sent: [string, unknown[] | undefined][] = [];
  let watching = false;
  const watched: PostgresQueryable = { query: (text, params) => (watching && sent.push([text, params]), client.query(text, params)) };
  await migrate(client, { schema });
  const store = postgresStore({ client: watched, schema });
  const words = ['Minneapolis', 'St. Paul', 'Duluth', 'Anderson', 'Olson', 'Johnson', 'Staffing', 'Services', 'Manufacturing', 'Logistics'];
  const name = (i: number) => `${words[i % 3]} ${words[3 + (Math.floor(i / 3) % 3)]} ${words[6 + (Math.floor(i / 9) % 4)]} ${i}`;
  for (let from = 0; from < size; from += 1000) {
    await store.transaction((tx) => tx.customers.insertMany(Array.from({ length: Math.min(1000, size - from) }, (_, k) => customer({ name: name(from + k) }, from + k))));
  }
  await client.query(`ANALYZE "${schema}"."customers"`);
  await store.transaction(async (tx) => {
    watching = true;
    await tx.customers.similarNames({ nameKey: 'minneapolis andersen staffing 17', branchIds: [refs.branchId] });
    watching = false;
  });
  let rows = 0;
  await client.query('BEGIN');
  try {
    for (const [text, params] of sent) {
      if (!/^\s*(SELECT|WITH|\()/i.test(text) || /set_config/.test(text)) {
        await client.query(text, params);
        continue;
      }
      const result = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, params);
      const plan = (result.rows[0] as Record<string, unknown>)['QUERY PLAN'];
      const [{ Plan }] = (typeof plan === 'string' ? JSON.parse(plan) : plan) as [{ Plan: PlanNode }];
      rows += rowsScanned(Plan);
    }
  } finally {
    await client.query('ROLLBACK');
  }
  return rows;
}

describe('postgresStore similarNames', () => {
  // at most 4 windows of 400 names and the records of the 20 best: whatever the size of the book
  const bound = 4 * 400 + 20;

  it('reads as many rows in a book of 3,000 names sharing words as in one of 300, and never more than its windows (PGlite with pg_trgm)', async () => {
    const lite = new PGlite({ extensions: { pg_trgm } });
    try {
      const small = await similarNamesRowsRead(lite, 'small', 300);
      const large = await similarNamesRowsRead(lite, 'large', 3000);
      expect(large).toBeLessThanOrEqual(bound);
      expect(large).toBeLessThanOrEqual(small * 1.2);
    } finally {
      await lite.close();
    }
  }, 120_000);

  it.skipIf(!process.env['DATABASE_URL'])(needsServer('reads as many rows in a book of 3,000 names sharing words as in one of 300 on a PostgreSQL server'), async () => {
    const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 1 });
    const schemas = [`similar_small_${process.pid}`, `similar_large_${process.pid}`];
    const connection = await pool.connect();
    try {
      const client: PostgresQueryable = { query: (text, params) => connection.query(text, params) as never };
      const small = await similarNamesRowsRead(client, schemas[0]!, 300);
      const large = await similarNamesRowsRead(client, schemas[1]!, 3000);
      expect(large).toBeLessThanOrEqual(bound);
      expect(large).toBeLessThanOrEqual(small * 1.2);
    } finally {
      for (const schema of schemas) await connection.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      connection.release();
      await pool.end();
    }
  }, 120_000);
});

describe.skipIf(!process.env['DATABASE_URL'])(needsServer('postgresStore on a PostgreSQL server'), () => {
  const schema = `staffcore_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  let pool: pg.Pool;
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 4 });
    await migrate(pool, { schema });
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('migrates once when several app instances start at the same time', async () => {
    const fresh = `${schema}_concurrent`;
    try {
      const results = await Promise.all([1, 2, 3, 4].map(() => migrate(pool, { schema: fresh })));
      expect(results.map((r) => r.applied).sort()).toEqual([[], [], [], versionsFrom(1)]);
      const { rows } = await pool.query(`SELECT version FROM "${fresh}".staffcore_migrations ORDER BY version`);
      expect(rows).toEqual(versionsFrom(1).map((version) => ({ version })));
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS "${fresh}" CASCADE`);
    }
  });

  it('applies concurrent overlapping updateMany batches whole or not at all: a batch that lost a race is CONFLICT and left nothing', async () => {
    const store = postgresStore({ client: pool, schema });
    const records = await store.transaction((tx) => tx.customers.insertMany(Array.from({ length: 40 }, (_, i) => customer({ name: `Race ${i}` }, i))));
    // 12 batches of 10 records at random offsets, all from the same read: overlapping ones race
    const batches = Array.from({ length: 12 }, (_, b) => ({ notes: `batch ${b}`, ids: records.slice((b * 7) % 31, ((b * 7) % 31) + 10).map((r) => r.id) }));
    const outcomes = await Promise.allSettled(
      batches.map((batch) =>
        store.transaction((tx) => tx.customers.updateMany(records.filter((r) => batch.ids.includes(r.id)).map((r) => ({ ...r, notes: batch.notes })))),
      ),
    );
    const after = new Map((await store.transaction((tx) => tx.customers.getMany(records.map((r) => r.id)))).map((r) => [r.id, r]));
    outcomes.forEach((outcome, b) => {
      const notes = batches[b]!.ids.map((id) => after.get(id)!.notes);
      if (outcome.status === 'fulfilled') expect(notes.every((n) => n === batches[b]!.notes)).toBe(true);
      else {
        expect(isStaffcoreError(outcome.reason, 'CONFLICT')).toBe(true);
        expect(notes).not.toContain(batches[b]!.notes);
      }
    });
    expect(outcomes.some((o) => o.status === 'fulfilled')).toBe(true);
    expect(outcomes.some((o) => o.status === 'rejected')).toBe(true);
  });

  it('works on a single pg Client, running its transactions one at a time', async () => {
    const client = new pg.Client({ connectionString: process.env['DATABASE_URL'] });
    await client.connect();
    try {
      const store = postgresStore({ client, schema });
      const seeded = await store.transaction((tx) => tx.customers.insert(customer()));
      const results = await Promise.allSettled(
        [1, 2, 3].map((n) =>
          store.transaction(async (tx) => {
            const current = (await tx.customers.get(seeded.id))!;
            return tx.customers.update({ ...current, notes: `${current.notes}${n}` });
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      await store.transaction(async (tx) => expect((await tx.customers.get(seeded.id))!.notes).toBe('123'));
    } finally {
      await client.end();
    }
  });

  it('never lets concurrent moves make a cycle', async () => {
    const store = postgresStore({ client: pool, schema });
    for (let round = 0; round < 20; round++) {
      const [a, b] = await store.transaction((tx) => tx.customers.insertMany([customer({ name: 'A' }), customer({ name: 'B' })]));
      const outcomes = await Promise.allSettled([
        store.transaction((tx) => tx.customers.update({ ...a!, parentId: b!.id })),
        store.transaction((tx) => tx.customers.update({ ...b!, parentId: a!.id })),
      ]);
      const failed = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
      expect(failed).toHaveLength(1);
      expect(isStaffcoreError(failed[0], 'TREE_CYCLE')).toBe(true);
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "${schema}".customers WHERE id = ANY($1) AND parent_id IS NULL`, [[a!.id, b!.id]]);
      expect(rows).toEqual([{ n: 1 }]);
    }
  });
});

/**
 * The same operations on the memory store (the reference) and on PGlite must give the same
 * results: the same ids, records, orders, cursors and error codes.
 */
describe('postgresStore against the memory store', () => {
  const names = ['Acme', 'acme', 'ACME Corp', 'Äcme', 'Ünïcode GmbH', '100% Staffing', 'under_score', 'back\\slash', 'ﬁne Foods', 'Zeta', 'zeta', '  spaced  ', 'Ω Omega', '9 Lives', '10 Downing'];
  const texts = ['', 'acme', 'ACME', '%', '_', '\\', 'ü', 'fi', 'e', ' spaced', 'zz'];
  const op = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), name: fc.constantFrom(...names), parent: fc.option(fc.nat(), { nil: null }), status: fc.constantFrom('P', 'A', 'I') }),
    fc.record({
      kind: fc.constant('insertMany' as const),
      items: fc.array(fc.record({ name: fc.constantFrom(...names), parent: fc.option(fc.nat(), { nil: null }) }), { maxLength: 4 }),
    }),
    fc.record({ kind: fc.constant('move' as const), node: fc.nat(), under: fc.option(fc.nat(), { nil: null }) }),
    fc.record({ kind: fc.constant('rename' as const), node: fc.nat(), name: fc.constantFrom(...names) }),
    fc.record({
      kind: fc.constant('search' as const),
      text: fc.constantFrom(...texts),
      rootsOnly: fc.boolean(),
      statuses: fc.option(fc.subarray(['P', 'A', 'I']), { nil: undefined }),
      orderBy: fc.constantFrom('name' as const, 'id' as const),
      limit: fc.integer({ min: 1, max: 4 }),
    }),
    fc.record({
      kind: fc.constant('find' as const),
      orderBy: fc.constantFrom('name' as const, 'id' as const),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
      limit: fc.integer({ min: 1, max: 5 }),
      parent: fc.option(fc.option(fc.nat(), { nil: null }), { nil: undefined }),
    }),
    fc.record({ kind: fc.constant('tree' as const), node: fc.nat() }),
  );

  async function readPages(read: (after: string | null) => Promise<Page<Customer>>): Promise<{ ids: string[]; next: string | null }[]> {
    const pages: { ids: string[]; next: string | null }[] = [];
    for (let after: string | null = null; pages.length < 100; ) {
      const page = await read(after);
      pages.push({ ids: page.items.map((c) => c.id), next: page.next });
      if (!page.next) break;
      after = page.next;
    }
    return pages;
  }

  type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

  /** Runs one operation in its own transaction; returns what can be compared between stores. */
  async function run(store: Store, ids: string[], o: Op): Promise<unknown> {
    try {
      return await store.transaction((tx) => apply(tx, ids, o));
    } catch (error) {
      if (isStaffcoreError(error)) return { error: error.code, message: error.message };
      throw error;
    }
  }

  async function apply(tx: Parameters<Parameters<Store['transaction']>[0]>[0], ids: string[], o: Op): Promise<unknown> {
    const pick = (n: number) => ids[n % Math.max(ids.length, 1)];
    const parentOf = (n: number | null) => (n === null || ids.length === 0 ? null : pick(n)!);
    switch (o.kind) {
      case 'insert': {
        const saved = await tx.customers.insert(customer({ name: o.name, parentId: parentOf(o.parent), status: o.status }));
        return saved;
      }
      case 'insertMany':
        return tx.customers.insertMany(o.items.map((item, i) => customer({ name: item.name, parentId: parentOf(item.parent) }, i)));
      case 'move': {
        if (ids.length === 0) return null;
        const current = (await tx.customers.get(pick(o.node)!))!;
        return tx.customers.update({ ...current, parentId: parentOf(o.under) as Customer['parentId'] });
      }
      case 'rename': {
        if (ids.length === 0) return null;
        const current = (await tx.customers.get(pick(o.node)!))!;
        return tx.customers.update({ ...current, name: o.name });
      }
      case 'search': {
        const search: CustomerSearch = { text: o.text, rootsOnly: o.rootsOnly, orderBy: o.orderBy, limit: o.limit, ...(o.statuses ? { statuses: o.statuses } : {}) };
        return readPages((after) => tx.customers.search({ ...search, after }));
      }
      case 'find': {
        const query: Query<'customers'> = {
          orderBy: o.orderBy,
          direction: o.direction,
          limit: o.limit,
          ...(o.parent === undefined ? {} : { where: { parentId: o.parent === null ? null : (pick(o.parent) ?? null) } }),
        };
        return readPages((after) => tx.customers.find({ ...query, after }));
      }
      case 'tree': {
        if (ids.length === 0) return null;
        const id = pick(o.node)!;
        return { subtree: await tx.customers.subtree(id), ancestors: await tx.customers.ancestors(id) };
      }
    }
  }

  it('gives the same results, orders, cursors and errors for any sequence of operations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        await db.query(`TRUNCATE ${tables('staffcore').join(', ')} RESTART IDENTITY`);
        const reference = memoryStore();
        const store = postgresStore({ client: db });
        const ids: string[] = [];
        for (const o of ops) {
          const expected = await run(reference, ids, o);
          const actual = await run(store, ids, o);
          expect(actual, JSON.stringify(o)).toEqual(expected);
          for (const record of [expected].flat()) {
            const id = (record as { id?: unknown } | null)?.id;
            if ((o.kind === 'insert' || o.kind === 'insertMany') && typeof id === 'string') ids.push(id);
          }
        }
        const all = await reference.transaction((tx) => tx.customers.find({ limit: 10_000 }));
        await store.transaction(async (tx) => expect(await tx.customers.find({ limit: 10_000 })).toEqual(all));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
