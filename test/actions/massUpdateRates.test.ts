import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, eventCount, refusedWritesNothing, type WorkTree } from '../helpers/workTree.js';

const stores = storesUnderTest('gp_mass');

/** Warehouse: a Picker order with E-1 (18.50/27.75) and E-2 (19.00/28.50); Night shift: a Driver order with E-3 (20.00/30.00). */
async function placements(t: WorkTree) {
  const { order: pickers } = await t.dana.orders.create({ customerId: t.warehouse, jobTitle: 'Picker', startDate: '2026-12-07', positions: 5, payRate: '18.50', billRate: '27.75' });
  const { assignment: e1 } = await t.dana.assignments.create({ orderId: pickers.id, employeeId: 'E-1' });
  const { assignment: e2 } = await t.dana.assignments.create({ orderId: pickers.id, employeeId: 'E-2', payRate: '19', billRate: '28.50', startDate: '2026-12-14' });
  const { order: drivers } = await t.dana.orders.create({ customerId: t.night, jobTitle: 'Driver', startDate: '2026-12-07', payRate: '20', billRate: '30' });
  const { assignment: e3 } = await t.dana.assignments.create({ orderId: drivers.id, employeeId: 'E-3' });
  return { pickers, drivers, e1, e2, e3 };
}

const raise = { pay: { raiseByPercent: '3' }, keepMarkup: true, effectiveDate: '2027-01-04', reason: 'Annual raise' } as const;

describe.each(stores)('assignments.massUpdateRates on %s', (_name, makeStore) => {
  it('previews every selected assignment with its rates and GP before and after, and writes nothing', async () => {
    const t = await buildWorkTree(await makeStore());
    const { e1, e2 } = await placements(t);
    const before = await eventCount(t.agency.store);
    const preview = await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, ...raise, dryRun: true });
    expect(await eventCount(t.agency.store)).toBe(before);
    expect(preview).toMatchObject({ dryRun: true, changed: 2, rateChanges: [] });
    // E-1: 18.50 × 1.03 = 19.055 → 19.06; bill 19.06 × 27.75 / 18.50 = 28.59; GP/h 27.75 − 18.50 = 9.25 → 28.59 − 19.06 = 9.53
    // E-2: 19.00 × 1.03 = 19.57; bill 19.57 × 28.50 / 19.00 = 29.355 → 29.36; GP/h 9.50 → 9.79, GP % 33.33 → 33.34
    expect(preview.rows.map((r) => [r.assignmentId, r.payRate, r.billRate, r.gpPerHour, r.gpPercent])).toEqual([
      [e1.id, { before: '18.5000', after: '19.0600' }, { before: '27.7500', after: '28.5900' }, { before: '9.25', after: '9.53' }, { before: '33.33', after: '33.33' }],
      [e2.id, { before: '19.0000', after: '19.5700' }, { before: '28.5000', after: '29.3600' }, { before: '9.50', after: '9.79' }, { before: '33.33', after: '33.34' }],
    ]);
    expect((await t.dana.assignments.list({ customerId: t.warehouse })).items.map((a) => a.payRate).sort()).toEqual(['18.5000', '19.0000']);
  });

  it('commits exactly what the dry run showed, all at once, each with a rate-change record and an audit event', async () => {
    const t = await buildWorkTree(await makeStore());
    const { e1, e2, e3 } = await placements(t);
    const preview = await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, scope: 'subtree', ...raise, dryRun: true });
    expect(preview.rows.map((r) => r.assignmentId).sort()).toEqual([e1.id, e2.id, e3.id].sort());
    const before = await eventCount(t.agency.store);
    const committed = await t.ada.assignments.massUpdateRates({
      customerId: t.warehouse,
      scope: 'subtree',
      ...raise,
      expectedVersions: Object.fromEntries(preview.rows.map((r) => [r.assignmentId, r.version])),
    });
    expect(committed.rows).toEqual(preview.rows);
    expect(committed.changed).toBe(3);
    // three assignments updated and three rate changes recorded: six writes, six events
    expect((await eventCount(t.agency.store)) - before).toBe(6);
    expect(committed.rateChanges.map((c) => [c.assignmentId, c.payBefore, c.payAfter, c.billBefore, c.billAfter, c.effectiveDate, c.reason, c.by, c.at])).toContainEqual([
      e3.id, '20.0000', '20.6000', '30.0000', '30.9000', '2027-01-04', 'Annual raise', 'ada', '2026-11-22T09:00:00.000Z',
    ]);
    const stored = (await t.dana.assignments.list({ customerId: t.warehouse, scope: 'subtree' })).items;
    expect(stored.map((a) => [a.employeeId, a.payRate, a.billRate, a.version]).sort()).toEqual([
      ['E-1', '19.0600', '28.5900', 2],
      ['E-2', '19.5700', '29.3600', 2],
      ['E-3', '20.6000', '30.9000', 2],
    ]);
    const trail = await t.ada.audit.list({ entity: 'assignments', id: e1.id });
    expect(trail.items.at(-1)).toMatchObject({ action: 'assignments.massUpdateRates', actorId: 'ada' });
  });

  it('changes pay and bill independently: set, raise and lower by an amount; a rate left out stays', async () => {
    const t = await buildWorkTree(await makeStore());
    const { pickers, e1 } = await placements(t);
    const set = await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, orderId: pickers.id, filter: { employeeIds: ['E-1'] }, bill: { set: '29' }, effectiveDate: '2027-01-04', reason: 'New contract' });
    expect(set.rows.map((r) => [r.assignmentId, r.payRate.after, r.billRate.after])).toEqual([[e1.id, '18.5000', '29.0000']]);
    const lower = await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, filter: { jobTitle: 'picker', startedOnOrAfter: '2026-12-10' }, pay: { lowerBy: '0.25' }, bill: { raiseBy: '1' }, effectiveDate: '2027-01-04', reason: 'Shift change' });
    expect(lower.rows.map((r) => [r.employeeId, r.payRate.after, r.billRate.after])).toEqual([['E-2', '18.7500', '29.5000']]);
    const percent = await t.ada.assignments.massUpdateRates({ customerId: t.root, scope: 'subtree', bill: { lowerByPercent: '10' }, effectiveDate: '2027-01-04', reason: 'Volume discount' });
    // 29.00 × 0.9 = 26.10; 29.50 × 0.9 = 26.55; 30.00 × 0.9 = 27.00
    expect(percent.rows.map((r) => r.billRate.after).sort()).toEqual(['26.1000', '26.5500', '27.0000']);
  });

  it('selects ended assignments only when asked', async () => {
    const t = await buildWorkTree(await makeStore());
    const { e1 } = await placements(t);
    await t.dana.assignments.end({ id: e1.id, endDate: '2026-12-20' });
    const active = await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, pay: { raiseBy: '1' }, effectiveDate: '2027-01-04', reason: 'x', dryRun: true });
    expect(active.rows.map((r) => r.employeeId)).toEqual(['E-2']);
    const all = await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, filter: { state: 'all' }, pay: { raiseBy: '1' }, effectiveDate: '2027-01-04', reason: 'x', dryRun: true });
    expect(all.rows.map((r) => r.employeeId).sort()).toEqual(['E-1', 'E-2']);
  });

  it('writes nothing for a change that changes nothing', async () => {
    const t = await buildWorkTree(await makeStore());
    await placements(t);
    const before = await eventCount(t.agency.store);
    const result = await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, pay: { raiseBy: '0' }, bill: { set: '27.75' }, filter: { employeeIds: ['E-1'] }, effectiveDate: '2027-01-04', reason: 'Nothing really' });
    expect(result).toMatchObject({ changed: 0, rateChanges: [] });
    expect(result.rows[0]!.changed).toBe(false);
    expect(await eventCount(t.agency.store)).toBe(before);
  });

  it('refuses a stale preview with CONFLICT and writes nothing', async () => {
    const t = await buildWorkTree(await makeStore());
    const { e2 } = await placements(t);
    const preview = await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, ...raise, dryRun: true });
    await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, filter: { employeeIds: ['E-2'] }, bill: { raiseBy: '0.10' }, effectiveDate: '2026-12-28', reason: 'Correction' });
    const expectedVersions = Object.fromEntries(preview.rows.map((r) => [r.assignmentId, r.version]));
    const error = (await refusedWritesNothing(t.agency.store, () => t.ada.assignments.massUpdateRates({ customerId: t.warehouse, ...raise, expectedVersions }))) as Error;
    expect(error.message).toBe(`[staffcore] ${messages.conflict('assignment', e2.id)}`);
    await t.dana.assignments.end({ id: e2.id, endDate: '2026-12-20' });
    const gone = await expectError(t.ada.assignments.massUpdateRates({ customerId: t.warehouse, ...raise, expectedVersions: { [e2.id]: 2 } }), 'CONFLICT');
    expect(gone.details.path).toEqual(['expectedVersions', e2.id]);
  });

  it('commits exactly the previewed set: an assignment created since the preview gives CONFLICT and nothing is written', async () => {
    const t = await buildWorkTree(await makeStore());
    const { pickers, e1, e2 } = await placements(t);
    const preview = await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, ...raise, dryRun: true });
    expect(preview.expectedVersions).toEqual({ [e1.id]: e1.version, [e2.id]: e2.version });
    const { assignment: late } = await t.dana.assignments.create({ orderId: pickers.id, employeeId: 'E-9' });
    const error = (await refusedWritesNothing(t.agency.store, () =>
      t.ada.assignments.massUpdateRates({ customerId: t.warehouse, ...raise, expectedVersions: preview.expectedVersions }),
    )) as Error & { code: string; details: Record<string, unknown> };
    expect(error).toMatchObject({ code: 'CONFLICT', message: `[staffcore] ${messages.notInPreview(late.id)}`, details: { id: late.id, path: ['expectedVersions'] } });
    expect((await t.dana.assignments.list({ customerId: t.warehouse })).items.map((a) => a.payRate).sort()).toEqual(['18.5000', '18.5000', '19.0000']);
    // Previewed again, the new one is in the set and the commit goes through, raising all three.
    const again = await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, ...raise, dryRun: true });
    const done = await t.ada.assignments.massUpdateRates({ customerId: t.warehouse, ...raise, expectedVersions: again.expectedVersions });
    expect(done.rateChanges.map((r) => r.assignmentId).sort()).toEqual([e1.id, e2.id, late.id].sort());
  });

  it('refuses without the permission, out of scope, a rate below zero and a bad combination, writing nothing', async () => {
    const t = await buildWorkTree(await makeStore());
    const { drivers } = await placements(t);
    const store = t.agency.store;
    const forbidden = await refusedWritesNothing(store, () => t.dana.assignments.massUpdateRates({ customerId: t.warehouse, ...raise }));
    expect((forbidden as Error).message).toBe(`[staffcore] ${messages.forbidden('assignment.massUpdateRates')}`);
    const lee = t.agency.as({ ...t.agency.lee, roles: [{ name: 'rates', permissions: ['assignment.massUpdateRates'] }] });
    await expectError(lee.assignments.massUpdateRates({ customerId: t.warehouse, ...raise }), 'NOT_FOUND');
    const wrongOrder = await expectError(t.ada.assignments.massUpdateRates({ customerId: t.warehouse, orderId: drivers.id, ...raise }), 'NOT_FOUND');
    expect(wrongOrder.details.path).toEqual(['orderId']);
    const below = await expectError(t.ada.assignments.massUpdateRates({ customerId: t.warehouse, pay: { lowerBy: '18.75' }, effectiveDate: '2027-01-04', reason: 'x' }), 'BUSINESS_RULE');
    expect(below.message).toContain('pay rate below zero');
    const both = await expectError(t.ada.assignments.massUpdateRates({ customerId: t.warehouse, ...raise, bill: { raiseBy: '1' } }), 'VALIDATION');
    expect(both.details.path).toEqual(['keepMarkup']);
    expect((await expectError(t.ada.assignments.massUpdateRates({ customerId: t.warehouse, effectiveDate: '2027-01-04', reason: 'x' }), 'VALIDATION')).details.path).toEqual(['pay']);
    expect((await expectError(t.ada.assignments.massUpdateRates({ customerId: t.warehouse, pay: { raiseByPercent: 'lots' }, effectiveDate: '2027-01-04', reason: 'x' }), 'VALIDATION')).details.path?.[0]).toBe('pay');
    expect((await t.dana.assignments.list({ customerId: t.warehouse, scope: 'subtree' })).items.every((a) => a.version === 1)).toBe(true);
  });
});

describe('assignments.massUpdateRates properties', () => {
  const cents = fc.integer({ min: 0, max: 3000 }).map((c) => (c / 100).toFixed(2));
  const adjustment = fc.oneof(
    cents.map((set) => ({ set })),
    cents.map((raiseBy) => ({ raiseBy })),
    fc.integer({ min: 0, max: 50 }).map((lowerBy) => ({ lowerBy: (lowerBy / 100).toFixed(2) })),
    fc.integer({ min: 0, max: 2000 }).map((p) => ({ raiseByPercent: (p / 100).toFixed(2) })),
    fc.integer({ min: 0, max: 2000 }).map((p) => ({ lowerByPercent: (p / 100).toFixed(2) })),
  );

  it('the commit applies exactly what the dry run showed (memory store)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(adjustment, { nil: undefined }), fc.option(adjustment, { nil: undefined }), fc.boolean(), async (pay, bill, keepMarkup) => {
        fc.pre(pay !== undefined || bill !== undefined);
        fc.pre(!keepMarkup || (pay !== undefined && bill === undefined));
        const t = await buildWorkTree();
        await placements(t);
        const change = { customerId: t.root, scope: 'master' as const, pay, bill, keepMarkup, effectiveDate: '2027-01-04', reason: 'Property' };
        const preview = await t.ada.assignments.massUpdateRates({ ...change, dryRun: true });
        const before = await eventCount(t.agency.store);
        const committed = await t.ada.assignments.massUpdateRates(change);
        expect(committed.rows).toEqual(preview.rows);
        expect((await eventCount(t.agency.store)) - before).toBe(2 * committed.changed);
        const stored = (await t.ada.assignments.list({ customerId: t.root, scope: 'master' })).items;
        for (const row of committed.rows) {
          const now = stored.find((a) => a.id === row.assignmentId)!;
          expect([now.payRate, now.billRate, now.version]).toEqual([row.payRate.after, row.billRate.after, row.changed ? 2 : 1]);
        }
      }),
      { numRuns: 25 },
    );
  });
});
