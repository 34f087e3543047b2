import { describe, expect, it } from 'vitest';
import { Actor, BranchHierarchy, BranchId, WorkerCompCode, resolveCustomerDefaults, type Branch } from '../../src/index.js';

const level = (id: string, parentId: string | null, setup: Partial<Branch['setup']> = {}): Branch =>
  ({
    id,
    version: 1,
    name: id.toUpperCase(),
    parentId,
    kind: 'branch',
    setup: { defaultWorkerCompCode: null, defaultTerms: null, requireAddressStandardization: null, ...setup },
  }) as Branch;

const hierarchy = BranchHierarchy.from([
  level('co', null, { defaultWorkerCompCode: '8810', defaultTerms: { label: 'Net 15', netDays: 15 } }),
  level('east', 'co'),
  level('nyc', 'east', { defaultWorkerCompCode: '5403' }),
]);
const actor = Actor.parse({ id: 'rep1', name: 'Rep', branchId: 'east', salesTeamId: null });

describe('resolveCustomerDefaults', () => {
  it('inherits worker comp and terms from the nearest ancestor level that has them', () => {
    const { values, provenance } = resolveCustomerDefaults({ input: {}, actor, branchChain: (id) => hierarchy.chain(id), parent: null });
    expect(values).toMatchObject({ branchId: 'east', defaultWorkerCompCode: '8810', salesTeamId: null });
    expect(provenance.defaultWorkerCompCode).toMatchObject({ source: 'branch', branchId: 'co', inheritedBy: 'EAST' });
    expect(provenance.salesTeamId).toMatchObject({ source: 'none' });
  });

  it("uses the chosen branch's setup, not the rep's", () => {
    const { values, provenance } = resolveCustomerDefaults({
      input: { branchId: BranchId.parse('nyc') },
      actor,
      branchChain: (id) => hierarchy.chain(id),
      parent: null,
    });
    expect(values.defaultWorkerCompCode).toBe('5403');
    expect(provenance.defaultWorkerCompCode).toMatchObject({ source: 'branch', branchId: 'nyc', inheritedBy: null, description: 'branch NYC setup' });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ defaultWorkerCompCode: WorkerCompCode.parse('1111') });
    const result = resolveCustomerDefaults({ input, actor, branchChain: (id) => hierarchy.chain(id), parent: null });
    expect(result.values.defaultWorkerCompCode).toBe('1111');
    expect(input).toEqual({ defaultWorkerCompCode: '1111' });
  });
});
