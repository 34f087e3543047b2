import { describe, expect, it, vi } from 'vitest';
import { checkParentChange } from '../../src/adapters/_internal/treeGuards.js';
import { memoryStore } from '../../src/adapters/memory/index.js';
import { StaffcoreError, allActions, createStaffcore, fixedClock, isStaffcoreError, messages, standardRoles } from '../../src/index.js';
import { buildAgency } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';

describe('isStaffcoreError', () => {
  it('recognizes an error thrown by another copy of the library (as the CommonJS and ESM builds are)', async () => {
    vi.resetModules();
    const copy = new URL('../../src/errors/StaffcoreError.ts?copy', import.meta.url).href;
    const other = (await import(/* @vite-ignore */ copy)) as typeof import('../../src/errors/StaffcoreError.js');
    const foreign = new other.StaffcoreError('CONFLICT', 'stale');
    expect(other.StaffcoreError).not.toBe(StaffcoreError);
    expect(isStaffcoreError(foreign, 'CONFLICT')).toBe(true);
    expect(foreign instanceof StaffcoreError).toBe(true);
    expect(other.isStaffcoreError(new StaffcoreError('STORE', 'down'), 'STORE')).toBe(true);
  });

  it('is false for other errors and values', () => {
    expect(isStaffcoreError(new Error('[staffcore] lookalike'))).toBe(false);
    expect(isStaffcoreError({ code: 'VALIDATION', message: 'x' })).toBe(false);
    expect(isStaffcoreError(null)).toBe(false);
    expect(isStaffcoreError(new StaffcoreError('VALIDATION', 'x', { details: { path: [], issues: [{ path: [], message: 'x' }] } }), 'CONFLICT')).toBe(false);
  });
});

describe('error messages', () => {
  it('uses staffcore’s wording, not zod’s, and names the caller’s field', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.dana);
    const wrongType = await expectError(sc.customers.add({ name: 42 as never }), 'VALIDATION');
    expect(wrongType.message).toBe(`[staffcore] Invalid customer: name: ${messages.expected('text')}`);
    const missing = await expectError(sc.customers.add({} as never), 'VALIDATION');
    expect(missing.message).toBe(`[staffcore] Invalid customer: name: ${messages.required}`);
    const long = await expectError(sc.customers.add({ name: 'x'.repeat(201) }), 'VALIDATION');
    expect(long.message).toBe(`[staffcore] Invalid customer: name: ${messages.tooLong(200)}`);
  });

  it('names the misspelled key instead of dropping it, and saves nothing', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const error = await expectError(sc.customers.add({ name: 'Acme', adress: { line1: '1 Main' } } as never), 'VALIDATION');
    expect(error.details.path).toEqual(['adress']);
    expect(error.details.issues).toEqual([{ path: ['adress'], message: messages.unknownField }]);
    const smuggled = await expectError(sc.customers.add({ name: 'Acme', status: 'Q', id: '777' } as never), 'VALIDATION');
    expect(smuggled.details.issues?.map((issue) => issue.path)).toEqual([['status'], ['id']]);
    expect(agency.store.size('customers')).toBe(0);
  });

  it('names nested unknown keys with their full path', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer } = await sc.customers.add({ name: 'Acme' });
    const error = await expectError(
      sc.customers.update({ id: customer.id, version: customer.version, changes: { status: 'A' } as never }),
      'VALIDATION',
    );
    expect(error.details.path).toEqual(['changes', 'status']);
    expect(error.message).toBe(`[staffcore] Invalid customer update: changes.status: ${messages.unknownField}`);
  });

  it('reports a status code the catalog lacks on the caller’s field `to`', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer } = await sc.customers.add({ name: 'Acme' });
    const error = await expectError(sc.customers.changeStatus({ id: customer.id, to: 'Z' }), 'VALIDATION');
    expect(error.details.path).toEqual(['to']);
    expect(error.message).toBe(`[staffcore] Invalid status change: to: ${messages.unknownStatus('Z')}`);
  });

  it('reports a worksite that does not exist as NOT_FOUND naming the worksite', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer } = await sc.customers.add({ name: 'Acme' });
    const error = await expectError(sc.worksites.setDefault({ customerId: customer.id, worksiteId: '424242' }), 'NOT_FOUND');
    expect(error.details).toMatchObject({ entity: 'worksites', id: '424242', path: ['worksiteId'] });
    expect(error.message).toBe(`[staffcore] ${messages.notFound('Worksite', '424242')}`);
  });

  it('refuses an enormous string by its length before any pattern sees it', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const error = await expectError(sc.customers.add({ name: 'P', phone: '1'.repeat(5 << 20) }), 'VALIDATION');
    expect(error.details.path).toEqual(['phone']);
    expect(error.message).toBe(`[staffcore] Invalid customer: phone: ${messages.tooLong(60)}`);
  });

  it('turns a failure of a host callback into INTERNAL, with the cause, and writes nothing', async () => {
    const agency = await buildAgency();
    const broken = new Error('postal service down');
    const sc = agency.as(agency.dana, { addressStandardizer: { name: 'postal', standardize: async () => Promise.reject(broken) } });
    const error = await expectError(
      sc.customers.add({ name: 'Acme', address: { line1: '1 Main', city: 'Minneapolis', region: 'MN', postalCode: '55401' } }),
      'INTERNAL',
    );
    expect(error.cause).toBe(broken);
    expect(error.message).toBe(`[staffcore] ${messages.standardizerFailed('postal')}`);
    expect(agency.store.size('customers')).toBe(0);
  });
});

describe('store and option errors', () => {
  it('name the field in details.issues as well as details.path', async () => {
    const store = memoryStore();
    const error = await expectError(
      store.transaction((tx) => tx.customers.find({ direction: 'up' as 'asc' })),
      'VALIDATION',
    );
    expect(error.message).toBe(`[staffcore] Invalid query: direction: ${messages.oneOf(['asc', 'desc'])}`);
    expect(error.details).toEqual({ path: ['direction'], issues: [{ path: ['direction'], message: messages.oneOf(['asc', 'desc']) }] });
  });

  it('keep the entity and id of a missing parent next to the field', () => {
    let thrown: unknown;
    try {
      checkParentChange('1', '999', () => undefined);
    } catch (error) {
      thrown = error;
    }
    const error = thrown as StaffcoreError;
    expect(error.message).toBe(`[staffcore] Invalid customer: parentId: ${messages.missingParent('999')}`);
    expect(error.details).toMatchObject({ path: ['parentId'], entity: 'customers', id: '999' });
    expect(error.details.issues).toEqual([{ path: ['parentId'], message: messages.missingParent('999') }]);
  });

  it('refuse a store that is not one, and a store used after dispose', async () => {
    expect(() => createStaffcore({ actions: allActions, store: {} as never, actor: {} as never })).toThrowError(
      `[staffcore] Invalid options: store: ${messages.expected('a store such as memoryStore()')}`,
    );
    const store = memoryStore();
    await store.dispose();
    const error = await expectError(store.transaction(async () => null), 'STORE');
    expect(error.message).toBe(`[staffcore] ${messages.storeDisposed('memory')}`);
  });
});

describe('fixedClock', () => {
  it('refuses what is not an instant with a StaffcoreError', () => {
    let thrown: unknown;
    try {
      fixedClock('yesterday');
    } catch (error) {
      thrown = error;
    }
    expect(isStaffcoreError(thrown, 'VALIDATION')).toBe(true);
    expect((thrown as StaffcoreError).message).toBe(`[staffcore] Invalid clock: instant: ${messages.notAnInstant('yesterday')}`);
    expect(fixedClock('2026-11-22T09:00:00Z').now().toISOString()).toBe('2026-11-22T09:00:00.000Z');
  });
});

describe('a host clock', () => {
  it('may return a Date of another realm (a vm context, an iframe); what is not a valid Date is INTERNAL', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Date("2026-11-22T09:30:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    const agency = await buildAgency();
    const sc = createStaffcore({ actions: allActions, store: agency.store, clock: { now: () => foreign }, actor: agency.lee });
    const { customer } = await sc.customers.add({ name: 'Realm Foods' });
    expect(customer.createdAt).toBe('2026-11-22T09:30:00.000Z');
    for (const now of [() => runInNewContext('new Date("nope")') as Date, () => '2026-11-22T09:30:00Z' as unknown as Date]) {
      const broken = createStaffcore({ actions: allActions, store: agency.store, clock: { now }, actor: agency.lee });
      const error = await expectError(broken.customers.add({ name: 'Never' }), 'INTERNAL');
      expect(error.message).toContain('the clock did not return a valid Date');
    }
  });
});

describe('set-up mistakes say what to do', () => {
  it('an empty store points to bootstrapHierarchy; a level the hierarchy lacks points to hierarchy.list', async () => {
    const store = memoryStore();
    const actor = { id: 'ada', name: 'Ada', branchId: '1', roles: [standardRoles.administrator] };
    const empty = await expectError(createStaffcore({ actions: allActions, store, actor }).customers.search({}), 'FORBIDDEN');
    expect(empty.message).toBe(`[staffcore] ${messages.actorOutsideHierarchy('1', true)}`);
    expect(empty.message).toContain('call bootstrapHierarchy(store, { name })');
    const agency = await buildAgency();
    const missing = await expectError(createStaffcore({ actions: allActions, store: agency.store, actor: { ...actor, branchId: '99' } }).customers.search({}), 'FORBIDDEN');
    expect(missing.message).toBe(`[staffcore] ${messages.actorOutsideHierarchy('99', false)}`);
    expect(missing.details.path).toEqual(['actor', 'branchId']);
  });

  it('roles given as names point to standardRoles or a role object', () => {
    let thrown: unknown;
    try {
      createStaffcore({ actions: allActions, store: memoryStore(), actor: { id: 'ada', name: 'Ada', branchId: '1', roles: ['salesRep' as never] } });
    } catch (error) {
      thrown = error;
    }
    expect(isStaffcoreError(thrown, 'VALIDATION')).toBe(true);
    expect((thrown as StaffcoreError).message).toBe(`[staffcore] Invalid options: actor.roles.0: ${messages.notARole}`);
    expect((thrown as StaffcoreError).message).toContain('standardRoles');
  });
});
