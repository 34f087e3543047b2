import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStaffcoreError } from '../../src/index.js';
import { buildAgency } from '../helpers/agency.js';

const step = fc.record({
  target: fc.nat(5),
  to: fc.constantFrom('P', 'A', 'H', 'I', 'X'),
  cascade: fc.boolean(),
  reason: fc.option(fc.constantFrom('credit check', 'duplicate', 'contract'), { nil: undefined }),
});

describe('status changes under random sequences', () => {
  it('keep every record\'s history a continuous chain from P that ends at its current status', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const agency = await buildAgency();
        const sc = agency.as(agency.dana);
        const root = (await sc.customers.add({ name: 'Root' })).customer;
        const a = (await sc.customers.add({ name: 'A', parentId: root.id })).customer;
        const b = (await sc.customers.add({ name: 'B', parentId: root.id })).customer;
        const a1 = (await sc.customers.add({ name: 'A1', parentId: a.id })).customer;
        const a2 = (await sc.customers.add({ name: 'A2', parentId: a.id })).customer;
        const b1 = (await sc.customers.add({ name: 'B1', parentId: b.id })).customer;
        const ids = [root.id, a.id, b.id, a1.id, a2.id, b1.id];
        let applied = 0;
        for (const s of steps) {
          const eventsBefore = agency.store.size('statusChanges');
          try {
            const result = await sc.customers.changeStatus({
              id: ids[s.target]!,
              to: s.to,
              cascade: s.cascade,
              ...(s.reason ? { reason: s.reason } : {}),
            });
            applied += result.events.length;
            expect(result.events).toHaveLength(result.changed.length);
          } catch (error) {
            expect(isStaffcoreError(error, 'VALIDATION')).toBe(true);
            expect(agency.store.size('statusChanges')).toBe(eventsBefore);
          }
        }
        expect(agency.store.size('statusChanges')).toBe(applied);
        for (const id of ids) {
          const { items: history } = await sc.customers.statusHistory({ id });
          let status = 'P';
          for (const event of history) {
            expect(event.from).toBe(status);
            expect(event.to).not.toBe(event.from);
            if (event.to === 'X') expect(event.reason).not.toBeNull();
            status = event.to;
          }
          expect((await sc.customers.get({ id })).customer.status).toBe(status);
        }
      }),
      { numRuns: 60 },
    );
  });
});
