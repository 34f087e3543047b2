import { describe, expect, expectTypeOf, it } from 'vitest';
import { memoryStore } from '../../src/adapters/memory/index.js';
import { entityNames, type EntityName, type Repositories } from '../../src/adapters/port/index.js';
import { WriteLog, repositoryMethods, type RepositoryMethods } from '../../src/actions/_internal/recordWrites.js';
import { fixture } from '../../src/testing/fixtures.js';

type PlainEntity = Exclude<EntityName, 'customers' | 'branches'>;

const tableOf = (entity: EntityName): Readonly<Record<string, string>> =>
  entity === 'customers' ? repositoryMethods.customers : entity === 'branches' ? repositoryMethods.branches : repositoryMethods.records;

describe('repositoryMethods', () => {
  it('treats exactly the methods of each repository of the port (types)', () => {
    expectTypeOf<keyof typeof repositoryMethods.customers>().toEqualTypeOf<keyof Repositories['customers']>();
    expectTypeOf<keyof typeof repositoryMethods.branches>().toEqualTypeOf<keyof Repositories['branches']>();
    expectTypeOf<keyof typeof repositoryMethods.records>().toEqualTypeOf<keyof Repositories[PlainEntity]>();
    // A repository method without a treatment (here `remove`, a write) does not compile.
    // @ts-expect-error `remove` is missing
    const missing = { get: 'readOne', getMany: 'readMany', find: 'readPage', count: 'pass', insert: 'insert', insertMany: 'insertMany', update: 'update', updateMany: 'updateMany' } satisfies RepositoryMethods<Repositories['orders']>;
    expect(Object.keys(missing)).not.toContain('remove');
    // Nor does a treatment of a method the port does not have.
    const extra = {
      ...repositoryMethods.records,
      // @ts-expect-error `purge` is no method of the port
      purge: 'pass',
    } satisfies RepositoryMethods<Repositories['orders']>;
    expect(extra.purge).toBe('pass');
  });

  it('names every method the memory store’s repositories have, and no other', async () => {
    const store = memoryStore();
    await store.transaction(async (tx) => {
      for (const entity of entityNames) {
        const repository = tx[entity] as unknown as Record<string, unknown>;
        const methods = Object.keys(repository).filter((key) => typeof repository[key] === 'function');
        expect(methods.sort(), entity).toEqual(Object.keys(tableOf(entity)).sort());
      }
    });
  });

  it('records each write treatment of a plain repository through the WriteLog', async () => {
    const store = memoryStore();
    const now = '2026-11-22T09:00:00.000Z';
    const existing = await store.transaction((tx) => tx.tasks.insert(fixture('tasks', {}, {}, 3)));
    const log = new WriteLog({ now, actorId: 'dana' });
    await store.transaction(async (raw) => {
      const tx = log.wrap(raw);
      const first = await tx.tasks.insert(fixture('tasks', {}, {}, 1));
      const [second] = await tx.tasks.insertMany([fixture('tasks', {}, {}, 2)]);
      const updated = await tx.tasks.update({ ...first, title: 'Call back' });
      const [moved] = await tx.tasks.updateMany([{ ...second!, dueDate: '2026-03-01' }]);
      await tx.tasks.remove(existing.id, existing.version);
      expect(updated.title).toBe('Call back');
      expect(moved!.dueDate).toBe('2026-03-01');
    });
    const events = log.events('tasks.test');
    expect(events.map((event) => [event.operation, event.actorId, event.at, event.action])).toEqual([
      ['insert', 'dana', now, 'tasks.test'],
      ['insert', 'dana', now, 'tasks.test'],
      ['remove', 'dana', now, 'tasks.test'],
    ]);
    // Two were inserted and changed in the same action: one event each, with the net change.
    expect(events[0]!.changes['title']).toEqual({ before: null, after: 'Call back' });
    expect(events[1]!.changes['dueDate']).toEqual({ before: null, after: '2026-03-01' });
    expect([events[2]!.recordId, events[2]!.changes['title']]).toEqual([existing.id, { before: 'Follow up 3', after: null }]);
  });

  it('stamps an update of a record that carries updatedAt and updatedBy', async () => {
    const store = memoryStore();
    const inserted = await store.transaction((tx) => tx.customers.insert(fixture('customers', { updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'setup' })));
    const log = new WriteLog({ now: '2026-11-22T09:00:00.000Z', actorId: 'dana' });
    const [saved] = await store.transaction(async (raw) => log.wrap(raw).customers.updateMany([{ ...inserted, name: 'Acme' }]));
    expect([saved!.updatedAt, saved!.updatedBy]).toEqual(['2026-11-22T09:00:00.000Z', 'dana']);
    expect(log.events('customers.test').map((event) => [event.operation, event.changes['name']])).toEqual([['update', { before: 'Customer 1', after: 'Acme' }]]);
  });
});
