import { expect } from 'vitest';
import type { ChangeFeedPage, Store } from '../../adapters/port/Repository.js';
import { NewAuditEvent, type AuditEvent } from '../../model/index.js';
import { fixture } from '../fixtures.js';
import { audit, customers, defineCase, expectError, pause, readAllPages, seed, thrown } from '../_internal/helpers.js';
import type { StoreHarness } from '../StoreHarness.js';

/**
 * A valid event of a write to one record; `n` makes its changes distinct.
 * @param entity - the kind of record written
 * @param recordId - the record written
 * @param n - a number that makes the event distinct
 * @param overrides - fields to set instead of the defaults
 * @returns the event, as an action hands it to `append`
 */
function event(entity: string, recordId: string, n: number, overrides: Readonly<Record<string, unknown>> = {}): NewAuditEvent {
  return NewAuditEvent.parse({
    at: `2026-01-15T09:30:${String(n % 60).padStart(2, '0')}.000Z`,
    actorId: 'rep-1',
    action: `${entity}.update`,
    entity,
    recordId,
    recordVersion: n + 1,
    operation: 'update',
    changes: { notes: { before: `note ${n - 1}`, after: `note ${n}` }, tags: { before: null, after: ['a', { n }] } },
    ...overrides,
  });
}

/** A feed position as a number, failing the case when the id is not one. */
function position(id: string): bigint {
  expect(id, 'an audit event id is a feed position: 1, 2, 3, …').toMatch(/^[1-9][0-9]*$/);
  return BigInt(id);
}

/** Checks that ids are feed positions in strictly ascending order. */
function expectAscending(ids: readonly string[], what: string): void {
  for (let i = 1; i < ids.length; i++) {
    expect(position(ids[i]!) > position(ids[i - 1]!), `${what}: id ${ids[i]} comes after ${ids[i - 1]}`).toBe(true);
  }
}

/** Awaits every promise, then throws the first failure: nothing is left running when the case ends. */
async function settleAll(promises: readonly Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(promises)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Reads the whole committed feed from its start, page by page. */
async function readFeed(store: Store, limit = 100): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 10_000; pages++) {
    const page: ChangeFeedPage = await store.transaction((tx) => tx.audit.since({ after, limit }));
    expect(typeof page.next, 'since: next is never null').toBe('string');
    events.push(...page.items);
    if (page.items.length === 0) return events;
    after = page.next;
  }
  throw new Error('the feed did not end after 10,000 pages');
}

/** Checks that storage holds exactly `events` (when the probe can read audit events). */
async function expectStoredEvents(harness: StoreHarness, events: readonly AuditEvent[]): Promise<void> {
  if (!harness.probe.auditEvents) return;
  expect(await harness.probe.auditEvents(), 'audit events in storage').toEqual(events);
}

/** Appended events come back from `since`, each once, in commit order, exactly as `append` returned them. */
export const auditAppendSince = defineCase({
  id: 'audit-append-since',
  title: 'events appended by committed transactions come back from since once each, in commit order with ascending ids, as append returned them',
  async run(harness) {
    const batches: Readonly<Record<string, unknown>>[][] = [
      [event('customers', '1', 1), event('worksites', '7', 2), event('customers', '2', 3)],
      // an instant with an offset, and fields no new event has (an id and a transaction id are the
      // store's to allocate): stored as parsed, in UTC and without them
      [{ ...event('customers', '1', 4, { operation: 'insert', changes: {} }), at: '2026-01-15T10:30:04.000+01:00', extra: 'dropped', id: '999', transactionId: 'forged' }],
      // a record version of null (an event from before events carried versions) is kept as null
      [event('statusChanges', '3', 5, { operation: 'remove', action: 'statusChanges.remove', recordVersion: null }), event('customers', '1', 6)],
    ];
    const appended: AuditEvent[] = [];
    for (const batch of batches) {
      const returned = await harness.store.transaction((tx) => audit(tx).append(batch));
      const [{ transactionId } = { transactionId: '' }] = returned;
      expect(returned).toEqual(batch.map((e, i) => ({ ...NewAuditEvent.parse(e), id: returned[i]?.id, transactionId })));
      appended.push(...returned);
    }
    expect(appended[3]?.at).toBe('2026-01-15T09:30:04.000Z');
    expect(appended[3]).not.toHaveProperty('extra');
    expect(appended[3]?.id).not.toBe('999');
    expect(appended[3]?.transactionId).not.toBe('forged');
    expect(appended.map((e) => e.recordVersion)).toEqual([2, 3, 4, 5, null, 7]);
    expectAscending(
      appended.map((e) => e.id),
      'ids in commit order',
    );
    expect(await readFeed(harness.store)).toEqual(appended);
    await expectStoredEvents(harness, appended);
    // an empty append writes nothing and takes no position
    expect(await harness.store.transaction((tx) => tx.audit.append([]))).toEqual([]);
    const later = await harness.store.transaction((tx) => tx.audit.append([event('customers', '9', 7)]));
    expect(await readFeed(harness.store)).toEqual([...appended, ...later]);
  },
});

/** `next` is never null: an empty page hands back the cursor it was given, so a poller resumes from it. */
export const auditNextCursor = defineCase({
  id: 'audit-next-cursor',
  title: "since's next is never null: an empty feed gives a start cursor, an empty page gives back the cursor given, and polling with it finds later events",
  async run(harness) {
    const store = harness.store;
    const first = await store.transaction((tx) => tx.audit.since());
    expect(first.items).toEqual([]);
    expect(typeof first.next).toBe('string');
    const fromNull = await store.transaction((tx) => tx.audit.since({ after: null, limit: 5 }));
    expect(fromNull.items).toEqual([]);
    expect(typeof fromNull.next).toBe('string');
    expect(await store.transaction((tx) => tx.audit.since({ after: first.next }))).toEqual({ items: [], next: first.next });

    const a = await store.transaction((tx) => tx.audit.append([event('customers', '1', 1), event('customers', '1', 2)]));
    const page = await store.transaction((tx) => tx.audit.since({ after: first.next }));
    expect(page.items).toEqual(a);
    expect(await store.transaction((tx) => tx.audit.since({ after: page.next }))).toEqual({ items: [], next: page.next });
    // the cursor of an empty page still finds what commits later, and nothing before it
    const b = await store.transaction((tx) => tx.audit.append([event('worksites', '4', 3)]));
    const polled = await store.transaction((tx) => tx.audit.since({ after: page.next }));
    expect(polled.items).toEqual(b);
    expect(typeof polled.next).toBe('string');
  },
});

/** `since` pages by `limit`, each page after the last one's `next`. */
export const auditSincePaging = defineCase({
  id: 'audit-since-paging',
  title: 'since pages by limit: following next reads every event once, in order, limit at a time',
  async run(harness) {
    const appended: AuditEvent[] = [];
    for (const size of [3, 1, 3]) {
      const batch = Array.from({ length: size }, (_, i) => event('customers', String(appended.length + i + 1), appended.length + i + 1));
      appended.push(...(await harness.store.transaction((tx) => tx.audit.append(batch))));
    }
    const pages: AuditEvent[][] = [];
    let after: string | null = null;
    for (let n = 0; n < 10; n++) {
      const page: ChangeFeedPage = await harness.store.transaction((tx) => tx.audit.since({ after, limit: 3 }));
      pages.push([...page.items]);
      if (page.items.length === 0) break;
      after = page.next;
    }
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1, 0]);
    expect(pages.flat()).toEqual(appended);
    for (const limit of [1, 2, 7, 10_000]) expect(await readFeed(harness.store, limit), `pages of ${limit}`).toEqual(appended);
  },
});

/** `forRecord` reads one record's events (entity and id both match), oldest first, paged. */
export const auditForRecord = defineCase({
  id: 'audit-for-record',
  title: "forRecord reads only the record's events (same entity and id), oldest first, paged by limit with next null on the last page",
  async run(harness) {
    const store = harness.store;
    const mine: AuditEvent[] = [];
    for (let n = 1; n <= 5; n++) {
      const [own, , , other] = await store.transaction((tx) =>
        tx.audit.append([event('customers', '1', n), event('worksites', '1', n), event('customers', '10', n), event('customers', '2', n)]),
      );
      mine.push(own!);
      expect(other?.recordId).toBe('2');
    }
    const all = await store.transaction((tx) => tx.audit.forRecord({ entity: 'customers', recordId: '1' }));
    expect(all).toEqual({ items: mine, next: null });
    expectAscending(
      all.items.map((e) => e.id),
      'forRecord order',
    );
    for (const limit of [1, 2, 5]) {
      const { items, pages } = await readAllPages((after) => store.transaction((tx) => tx.audit.forRecord({ entity: 'customers', recordId: '1', limit, after })));
      expect(items, `pages of ${limit}`).toEqual(mine);
      expect(pages, `pages of ${limit}`).toBe(Math.ceil(mine.length / limit));
    }
    const worksite = await store.transaction((tx) => tx.audit.forRecord({ entity: 'worksites', recordId: '1' }));
    expect(worksite.items.map((e) => [e.entity, e.recordId])).toEqual(Array.from({ length: 5 }, () => ['worksites', '1']));
    expect(await store.transaction((tx) => tx.audit.forRecord({ entity: 'customers', recordId: '3' }))).toEqual({ items: [], next: null });
    expect(await store.transaction((tx) => tx.audit.forRecord({ entity: 'orders', recordId: '1' }))).toEqual({ items: [], next: null });
  },
});

/** A transaction that rolls back leaves no event: not in the feed, not in a record's trail, not in storage. */
export const auditRollback = defineCase({
  id: 'audit-rollback',
  title: 'a transaction that rolls back (its work throws, or a store error escapes it) leaves no audit event in the feed, the trail or storage',
  async run(harness) {
    const refs = await seed(harness.store);
    const kept = await harness.store.transaction((tx) => tx.audit.append([event('customers', refs.customerId, 1)]));
    const boom = new Error('work failed after appending');
    const error = await thrown(
      harness.store.transaction(async (tx) => {
        await customers(tx).insert(fixture('customers', { name: 'Rolled back' }, refs));
        await tx.audit.append([event('customers', refs.customerId, 2), event('customers', 'rolled-back', 3)]);
        throw boom;
      }),
    );
    expect(error).toBe(boom);
    const seeded = await harness.store.transaction((tx) => customers(tx).get(refs.customerId));
    await expectError(
      harness.store.transaction(async (tx) => {
        await tx.audit.append([event('customers', refs.customerId, 4)]);
        await customers(tx).update({ ...seeded, name: 'First write' });
        await customers(tx).update({ ...seeded, name: 'Stale second write' });
      }),
      'CONFLICT',
    );
    expect(await readFeed(harness.store)).toEqual(kept);
    expect((await harness.store.transaction((tx) => tx.audit.forRecord({ entity: 'customers', recordId: refs.customerId }))).items).toEqual(kept);
    expect((await harness.store.transaction((tx) => tx.audit.forRecord({ entity: 'customers', recordId: 'rolled-back' }))).items).toEqual([]);
    await expectStoredEvents(harness, kept);
    // the feed goes on after a rollback: the next commit's events are read after the kept ones
    const next = await harness.store.transaction((tx) => tx.audit.append([event('worksites', '5', 5)]));
    expectAscending([...kept, ...next].map((e) => e.id), 'ids after a rollback');
    expect(await readFeed(harness.store)).toEqual([...kept, ...next]);
  },
});

/** Inside a transaction, the audit log reads committed events only, not the ones it appended itself. */
export const auditReadsCommittedOnly = defineCase({
  id: 'audit-reads-committed-only',
  title: 'inside a transaction, since and forRecord read committed events only, not those the transaction appended; they appear once it commits',
  async run(harness) {
    const before = await harness.store.transaction((tx) => tx.audit.append([event('customers', '1', 1)]));
    const own = await harness.store.transaction(async (tx) => {
      const appended = await tx.audit.append([event('customers', '1', 2)]);
      expect((await tx.audit.since()).items, 'since inside the appending transaction').toEqual(before);
      expect((await tx.audit.forRecord({ entity: 'customers', recordId: '1' })).items, 'forRecord inside the appending transaction').toEqual(before);
      return appended;
    });
    expect(await readFeed(harness.store)).toEqual([...before, ...own]);
    expect((await harness.store.transaction((tx) => tx.audit.forRecord({ entity: 'customers', recordId: '1' }))).items).toEqual([...before, ...own]);
  },
});

/** A cursor or page size the audit log did not hand out is a `VALIDATION` error naming it. */
export const auditBadQuery = defineCase({
  id: 'audit-bad-query',
  title: 'since and forRecord refuse a forged or foreign cursor (VALIDATION naming after), a limit outside 1–10,000 (naming limit) and a bad record (naming entity or recordId)',
  async run(harness) {
    const refs = await seed(harness.store);
    await harness.store.transaction((tx) => customers(tx).insert(fixture('customers', { name: 'Second' }, refs)));
    const findCursor = (await harness.store.transaction((tx) => customers(tx).find({ limit: 1 }))).next;
    expect(findCursor).not.toBeNull();
    await harness.store.transaction((tx) => tx.audit.append([event('customers', refs.customerId, 1)]));
    const trail = { entity: 'customers', recordId: refs.customerId };

    for (const after of ['garbage', 'eyJhIjoxfQ', findCursor, 42, {}]) {
      const since = await expectError(harness.store.transaction((tx) => audit(tx).since({ after })), 'VALIDATION', `since after ${String(after)}`);
      expect(since.details.path).toEqual(['after']);
      const forRecord = await expectError(harness.store.transaction((tx) => audit(tx).forRecord({ ...trail, after })), 'VALIDATION', `forRecord after ${String(after)}`);
      expect(forRecord.details.path).toEqual(['after']);
    }
    for (const limit of [0, -1, 1.5, 10_001, '5', null, Number.NaN]) {
      const since = await expectError(harness.store.transaction((tx) => audit(tx).since({ limit })), 'VALIDATION', `since limit ${String(limit)}`);
      expect(since.details.path).toEqual(['limit']);
      const forRecord = await expectError(harness.store.transaction((tx) => audit(tx).forRecord({ ...trail, limit })), 'VALIDATION', `forRecord limit ${String(limit)}`);
      expect(forRecord.details.path).toEqual(['limit']);
    }
    for (const [field, value] of [['entity', undefined], ['entity', 'Customers'], ['entity', 7], ['recordId', ''], ['recordId', 'x'.repeat(65)], ['recordId', 'a\u0000b'], ['recordId', undefined]] as const) {
      const error = await expectError(harness.store.transaction((tx) => audit(tx).forRecord({ ...trail, [field]: value })), 'VALIDATION', `forRecord ${field} ${String(value)}`);
      expect(error.details.path).toEqual([field]);
    }
    await expectError(harness.store.transaction((tx) => audit(tx).since('1')), 'VALIDATION', 'since of a string');
    await expectError(harness.store.transaction((tx) => audit(tx).forRecord(null)), 'VALIDATION', 'forRecord of null');
    // the largest page size is allowed
    expect((await harness.store.transaction((tx) => tx.audit.since({ limit: 10_000 }))).items).toHaveLength(1);
  },
});

/** A malformed event is a `VALIDATION` error naming its index and field, and none of its batch is written. */
export const auditBadEvent = defineCase({
  id: 'audit-bad-event',
  title: 'append refuses a malformed event (VALIDATION naming its index and field) and writes none of its batch, even when the transaction goes on and commits',
  async run(harness) {
    const good = event('customers', '1', 1);
    const bad: [string, unknown][] = [
      ['actorId', undefined],
      ['actorId', 'a b'],
      ['at', 'yesterday'],
      ['action', 'Customers Add'],
      ['entity', 'Customers'],
      ['recordId', ''],
      ['operation', 'upsert'],
      ['recordVersion', undefined],
      ['recordVersion', 0],
      ['recordVersion', 1.5],
      ['recordVersion', '2'],
      ['changes', null],
      ['changes', { notes: { after: 'no before' } }],
      ['changes', { notes: { before: 'NUL', after: 'a\u0000b' } }],
      ['changes', { 'key\u0000': { before: null, after: 1 } }],
      ['changes', { notes: { before: null, after: { 'deep\uD800': 1 } } }],
    ];
    const committed = await harness.store.transaction(async (tx) => {
      for (const [field, value] of bad) {
        const error = await expectError(audit(tx).append([good, { ...good, [field]: value }]), 'VALIDATION', `event with ${field} ${JSON.stringify(value)}`);
        expect(error.details.path?.slice(0, 2), `path of ${field} ${JSON.stringify(value)}`).toEqual([1, field]);
      }
      await expectError(audit(tx).append(good), 'VALIDATION', 'append of one event, not an array');
      await expectError(audit(tx).append([good, 'not an event']), 'VALIDATION', 'append of a string');
      // the transaction goes on: an append after the refused ones commits, alone
      return tx.audit.append([good]);
    });
    expect(committed).toHaveLength(1);
    expect(await readFeed(harness.store)).toEqual(committed);
    await expectStoredEvents(harness, committed);
  },
});

/** A reader following `next` while transactions append concurrently reads every committed event exactly once, in order. */
export const auditTailingReader = defineCase({
  id: 'audit-tailing-reader',
  title: 'a reader tailing since while concurrent transactions append (some rolling back) reads every committed event exactly once, in ascending order, and no rolled-back one',
  timeout: 60_000,
  async run(harness) {
    const store = harness.store;
    const writers = 3;
    const rounds = 12;
    const committed: AuditEvent[] = [];
    const transactions: AuditEvent[][] = [];
    const rollback = new Error('rolled back on purpose');
    let writing = true;

    const writer = async (w: number) => {
      for (let r = 0; r < rounds; r++) {
        const size = 1 + ((w + r) % 3);
        try {
          const appended = await store.transaction(async (tx) => {
            // the transactions overlap: each waits a while before it appends, and again before it
            // commits, as one that did more work would
            await pause((w * 7 + r * 3) % 5);
            const events = await tx.audit.append(Array.from({ length: size }, (_, i) => event('customers', `w${w}`, r * 3 + i + 1)));
            await pause(1 + ((w + r * 5) % 4));
            if ((w + r) % 4 === 3) throw rollback;
            return events;
          });
          committed.push(...appended);
          transactions.push(appended);
        } catch (error) {
          if (error !== rollback) throw error;
        }
      }
    };

    const read: AuditEvent[] = [];
    const reader = async () => {
      let after: string | null = null;
      for (;;) {
        const last = !writing;
        const page: ChangeFeedPage = await store.transaction((tx) => tx.audit.since({ after, limit: 4 }));
        for (const item of page.items) {
          const previous = read[read.length - 1];
          if (previous && position(item.id) <= position(previous.id)) {
            throw new Error(`the reader got event ${item.id} after ${previous.id}: the feed repeated or went back`);
          }
          read.push(item);
        }
        after = page.next;
        if (page.items.length === 0) {
          if (last) return;
          await pause(1);
        }
      }
    };

    // Settled, not Promise.all: when one side fails, the other still ends before the store is disposed.
    const writing$ = Promise.all(Array.from({ length: writers }, (_, w) => writer(w))).finally(() => (writing = false));
    await settleAll([writing$, reader()]);

    const expected = [...committed].sort((a, b) => (position(a.id) < position(b.id) ? -1 : 1));
    expect(new Set(committed.map((e) => e.id)).size, 'committed events have distinct ids').toBe(committed.length);
    expect(read.map((e) => e.id), 'the reader read every committed event once, in order').toEqual(expected.map((e) => e.id));
    expect(read).toEqual(expected);
    expect(committed.length).toBeGreaterThan(writers * rounds);
    // overlapping transactions too: one transactionId per transaction, none shared by two
    for (const events of transactions) expect(new Set(events.map((e) => e.transactionId)).size, 'one transactionId per transaction').toBe(1);
    expect(new Set(transactions.map((events) => events[0]!.transactionId)).size, 'distinct transactionIds').toBe(transactions.length);
    await expectStoredEvents(harness, expected);
  },
});

/**
 * Positions follow commit order: a transaction that appends after another has appended, while that
 * one is still open, gets the later position, so a reader never passes a position that commits later.
 */
export const auditCommitOrder = defineCase({
  id: 'audit-commit-order',
  title: 'positions follow commit order: while A has appended and not committed, B appends; a reader meanwhile never sees B without A before it',
  timeout: 60_000,
  async run(harness) {
    const store = harness.store;
    let appendedA!: () => void;
    const aHasAppended = new Promise<void>((resolve) => (appendedA = resolve));
    let releaseA!: () => void;
    const aMayCommit = new Promise<void>((resolve) => (releaseA = resolve));

    const a = store.transaction(async (tx) => {
      const events = await tx.audit.append([event('customers', 'a', 1)]);
      appendedA();
      await aMayCommit;
      return events;
    });
    // a race, so that A failing before it appends fails the case rather than hanging it
    await Promise.race([aHasAppended, a]);
    // B must not be awaited before A is released: on a store that serializes, or behind A's lock, B waits for A.
    const b = store.transaction((tx) => tx.audit.append([event('customers', 'b', 2)]));
    // settleAll below reports a failure of B; this only keeps it from counting as unhandled meanwhile
    b.catch(() => undefined);

    const read: AuditEvent[] = [];
    const reader = (async () => {
      let after: string | null = null;
      const deadline = Date.now() + 10_000;
      while (read.length < 2 && Date.now() < deadline) {
        const page: ChangeFeedPage = await store.transaction((tx) => tx.audit.since({ after }));
        read.push(...page.items);
        after = page.next;
        if (page.items.length === 0) await pause(2);
      }
    })();
    // A stays open while B appends and the reader polls
    await pause(50);
    releaseA();
    await settleAll([a, b, reader]);
    const [eventsA, eventsB] = [await a, await b];
    expect(position(eventsA[0]!.id) < position(eventsB[0]!.id), 'A appended first and committed first: its position is lower').toBe(true);
    expect(
      read.map((e) => e.recordId),
      'the reader read A, then B',
    ).toEqual(['a', 'b']);
    expect(read).toEqual([...eventsA, ...eventsB]);
  },
});

/**
 * The store allocates one transaction id per transaction: shared by every event the transaction
 * appends (over several appends), never by two committed transactions, and read back unchanged.
 */
export const auditTransactionId = defineCase({
  id: 'audit-transaction-id',
  title: 'every event a transaction appends (over several appends) carries one transactionId, no two committed transactions share one, and since, forRecord and storage give it back',
  async run(harness) {
    const store = harness.store;
    const first = await store.transaction(async (tx) => {
      const a = await tx.audit.append([event('customers', '1', 1), event('worksites', '2', 2)]);
      const none = await tx.audit.append([]);
      const b = await tx.audit.append([event('customers', '3', 3)]);
      return [...a, ...none, ...b];
    });
    expect(first).toHaveLength(3);
    const [{ transactionId: one } = { transactionId: '' }] = first;
    expect(typeof one, 'transactionId is a string').toBe('string');
    expect(one.length).toBeGreaterThan(0);
    expect(first.map((e) => e.transactionId), 'one transaction, one transactionId').toEqual([one, one, one]);
    // a rolled-back transaction in between, then two more committed ones
    await store
      .transaction(async (tx) => {
        await tx.audit.append([event('customers', '1', 4)]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const second = await store.transaction((tx) => tx.audit.append([event('customers', '1', 5)]));
    const third = await store.transaction(async (tx) => [...(await tx.audit.append([event('customers', '1', 6)])), ...(await tx.audit.append([event('customers', '4', 7)]))]);
    expect(third[0]?.transactionId).toBe(third[1]?.transactionId);
    const ids = [one, second[0]?.transactionId, third[0]?.transactionId];
    expect(new Set(ids).size, `transactions have distinct ids: ${ids.join(', ')}`).toBe(3);
    const all = [...first, ...second, ...third];
    expect(await readFeed(store)).toEqual(all);
    const trail = await store.transaction((tx) => tx.audit.forRecord({ entity: 'customers', recordId: '1' }));
    expect(trail.items.map((e) => e.transactionId)).toEqual([one, second[0]?.transactionId, third[0]?.transactionId]);
    await expectStoredEvents(harness, all);
  },
});

/** The audit log and change feed cases, in order. */
export const auditCases = [
  auditAppendSince,
  auditTransactionId,
  auditNextCursor,
  auditSincePaging,
  auditForRecord,
  auditRollback,
  auditReadsCommittedOnly,
  auditBadQuery,
  auditBadEvent,
  auditTailingReader,
  auditCommitOrder,
] as const;
