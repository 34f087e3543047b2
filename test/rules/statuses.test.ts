import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canAssignEmployees,
  canCreateOrder,
  createStatusCatalog,
  defaultStatusCatalog,
  defaultStatuses,
  effectiveStatus,
  isStaffcoreError,
  messages,
  statusOf,
} from '../../src/index.js';

describe('statusOf', () => {
  it('describes the five default statuses as the articles do', () => {
    expect(defaultStatusCatalog.statuses.map((s) => [s.code, s.allowsOrders, s.allowsAssignments, s.inActiveSearches])).toEqual([
      ['P', true, true, true],
      ['A', true, true, true],
      ['H', false, false, true],
      ['I', true, true, false],
      ['X', false, false, false],
    ]);
    expect(statusOf('H').name).toBe('Hold for credit check');
    expect(statusOf('X').isDeletion).toBe(true);
    expect(defaultStatusCatalog.statuses.filter((s) => s.isActive).map((s) => s.code)).toEqual(['P', 'A']);
  });

  it('refuses an unknown code with VALIDATION', () => {
    expect(() => statusOf('Z')).toThrowError('[staffcore] Unknown status "Z"');
  });
});

describe('defaultStatusCatalog', () => {
  it('is exactly what createStatusCatalog makes of defaultStatuses', () => {
    const parsed = createStatusCatalog(defaultStatuses, 'P');
    expect(defaultStatusCatalog).toStrictEqual(parsed);
    expect(JSON.stringify(defaultStatusCatalog)).toBe(JSON.stringify(parsed));
  });

  it('is frozen and shares no status object with defaultStatuses', () => {
    expect(Object.isFrozen(defaultStatusCatalog)).toBe(true);
    expect(Object.isFrozen(defaultStatusCatalog.statuses)).toBe(true);
    defaultStatusCatalog.statuses.forEach((status, i) => expect(status).not.toBe(defaultStatuses[i]));
  });
});

describe('createStatusCatalog', () => {
  it('refuses repeated codes and an initial status outside the catalog', () => {
    const repeated = () => createStatusCatalog([...defaultStatuses, defaultStatuses[0]!]);
    expect(repeated).toThrowError(`[staffcore] Invalid status catalog: statuses.5.code: ${messages.statusRepeated('P')}`);
    expect(() => createStatusCatalog(defaultStatuses, 'Q')).toThrowError(`[staffcore] Invalid status catalog: initial: ${messages.notInCatalog('Q')}`);
    try {
      createStatusCatalog([{ code: 'p', name: 'x', allowsOrders: true, allowsAssignments: true, inActiveSearches: true }]);
      expect.unreachable();
    } catch (error) {
      expect(isStaffcoreError(error, 'VALIDATION') && error.details.path).toEqual(['statuses', 0, 'code']);
    }
  });
});

const codes = fc.constantFrom('P', 'A', 'H', 'I', 'X');
const paths = fc.array(codes, { minLength: 1, maxLength: 8 }).map((statuses) => statuses.map((status, i) => ({ id: String(i + 1), status })));

describe('effectiveStatus', () => {
  it('allows orders and assignments only when every status on the path does', () => {
    fc.assert(
      fc.property(paths, (path) => {
        const result = effectiveStatus(path);
        expect(result.allowsOrders).toBe(path.every((p) => statusOf(p.status).allowsOrders));
        expect(result.allowsAssignments).toBe(path.every((p) => statusOf(p.status).allowsAssignments));
        expect(result.own.code).toBe(path[0]!.status);
        expect(result.inActiveSearches).toBe(statusOf(path[0]!.status).inActiveSearches);
        expect(canCreateOrder(path).allowed).toBe(result.allowsOrders);
        expect(canAssignEmployees(path).allowed).toBe(result.allowsAssignments);
      }),
    );
  });

  it('names the nearest blocking record when refusing', () => {
    fc.assert(
      fc.property(paths, (path) => {
        const verdict = canCreateOrder(path);
        if (verdict.allowed) return;
        const nearest = path.find((p) => !statusOf(p.status).allowsOrders)!;
        expect(verdict).toMatchObject({ code: 'STATUS_BLOCKED', customerId: nearest.id });
        expect(verdict.reason).toContain(statusOf(nearest.status).name);
      }),
    );
  });

  it('explains a refusal by an ancestor as the README shows', () => {
    expect(canCreateOrder([{ id: '7', status: 'A' }, { id: '1', status: 'H' }])).toEqual({
      allowed: false,
      code: 'STATUS_BLOCKED',
      customerId: '1',
      reason: 'Customer 1 (an ancestor of this record) is "Hold for credit check", which allows no new orders',
    });
  });

  it('does not mutate its input', () => {
    const path = Object.freeze([Object.freeze({ id: '1', status: 'A' }), Object.freeze({ id: '2', status: 'H' })]);
    expect(effectiveStatus(path).effective.code).toBe('H');
  });
});
