import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, checkEntries, checkRules, createStatusCatalog, defaultStatuses, messages, type CheckFinding } from '../../../src/index.js';

const address = { line1: '400 Main St', city: 'Minneapolis', region: 'MN', postalCode: '55401', country: 'US', standardized: false };
const ruleIds = (findings: readonly CheckFinding[]) => findings.map((f) => f.ruleId);

async function* slowly<T>(values: readonly T[]): AsyncGenerator<T> {
  for (const value of values) {
    await Promise.resolve();
    yield value;
  }
}

describe('check', () => {
  it('passes a clean partial export (only id and name are required)', async () => {
    const report = await check([{ id: 'c1', name: 'Acme' }, { id: 'c2', name: 'Acme Shipping', parentId: 'c1', status: 'A', billingAddress: address }]);
    expect(report).toEqual({ records: 2, findings: [], errorCount: 0, warningCount: 0 });
  });

  it('reports each schema issue with its field and reason, and anything that is not a record', async () => {
    const { findings } = await check([{ id: 'c1', name: ' ', phone: 'call me', billingAddress: { ...address, postalCode: '' } }, 42, null, []]);
    expect(findings.map((f) => [f.ruleId, f.path.join('.'), f.message, f.recordId, f.location.index])).toEqual([
      ['schema', 'name', messages.checkField('name', 'must not be blank'), 'c1', 1],
      ['schema', 'billingAddress.postalCode', 'billingAddress.postalCode must not be blank', 'c1', 1],
      ['schema', 'phone', 'phone must be a phone number such as "+1 612 555 0100"', 'c1', 1],
      ['schema', 'phone', 'phone must hold at least 7 digits', 'c1', 1],
      ['schema', '', 'the record must be an object', null, 2],
      ['schema', '', 'the record must be an object', null, 3],
      ['schema', '', 'the record must be an object', null, 4],
    ]);
  });

  it('reports a field the schema does not have, an unknown status and a repeated id', async () => {
    const { findings } = await check([{ id: 'c1', name: 'A', stauts: 'A' }, { id: 'c2', name: 'B', status: 'Q' }, { id: 'c1', name: 'C' }]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['unknown-field', 'warn', messages.checkUnknownField('stauts')],
      ['unknown-status', 'error', messages.checkUnknownStatus('Q')],
      ['duplicate-id', 'error', messages.checkDuplicateId('c1', 'at record 1')],
    ]);
  });

  it('finds missing parents, cycles and departments under deleted records, whatever the order of the records', async () => {
    const records = [
      { id: 'a', name: 'A', parentId: 'b' },
      { id: 'b', name: 'B', parentId: 'c' },
      { id: 'c', name: 'C', parentId: 'a' },
      { id: 'd', name: 'D', parentId: 'nowhere' },
      { id: 'e', name: 'E', parentId: 'e' },
      { id: 'x', name: 'X', status: 'X' },
      { id: 'f', name: 'F', parentId: 'x', status: 'A' },
      { id: 'g', name: 'G', parentId: 'h', status: 'P' },
      { id: 'h', name: 'H', status: 'X' },
      { id: 'i', name: 'I', parentId: 'x', status: 'X' },
    ];
    const { findings } = await check(records);
    expect(findings.map((f) => `${f.ruleId} ${f.recordId}`).sort()).toEqual(
      ['cycle a', 'cycle b', 'cycle e', 'department-under-deleted f', 'department-under-deleted g', 'missing-parent d'].sort(),
    );
    expect(findings.find((f) => f.ruleId === 'missing-parent')?.message).toBe(messages.checkMissingParent('d', 'nowhere'));
  });

  it('warns about active customers without a billing address and likely duplicate names in a branch', async () => {
    const { findings } = await check([
      { id: 'c1', name: 'Acme, Inc.', status: 'A', branchId: 'mpls', parentId: null, billingAddress: null },
      { id: 'c2', name: 'ACME LLC', status: 'P', branchId: 'mpls', parentId: null },
      { id: 'c3', name: 'Acme', status: 'P', branchId: 'stp', parentId: null },
      { id: 'c4', name: 'Acme', status: 'X', branchId: 'mpls', parentId: null },
      { id: 'c5', name: 'Accounting', branchId: 'mpls', parentId: 'c1' },
      { id: 'c6', name: 'Accounting', branchId: 'mpls', parentId: 'c2' },
    ]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.recordId])).toEqual([
      ['active-without-billing-address', 'warn', 'c1'],
      ['likely-duplicate-name', 'warn', 'c2'],
    ]);
    expect(findings[1]!.message).toBe(messages.checkDuplicateName('ACME LLC', 'acme', 'at record 1'));
  });

  it('checks worksites, orders and assignments against the customers', async () => {
    const { findings } = await check(
      [
        { id: 'root', name: 'Root', status: 'H' },
        { id: 'dept', name: 'Dept', status: 'A', parentId: 'root', defaultWorksiteId: null },
        { id: 'ok', name: 'Ok', status: 'A', defaultWorksiteId: 'w9' },
      ],
      {
        worksites: [{ customerId: 'dept' }, { customerId: 'dept' }, { customerId: 'ok' }],
        orders: [{ id: 'o1', customerId: 'dept' }, { id: 'o2', customerId: 'dept', state: 'closed' }, { id: 'o3', customerId: 'ok' }, { id: 'o4' }],
        assignments: slowly([{ id: 's1', customerId: 'root', state: 'active' }, { id: 's2', customerId: 'root', state: 'ended' }]),
      },
    );
    expect(findings.map((f) => [f.ruleId, f.recordId, f.location.index])).toEqual([
      ['no-default-worksite', 'dept', 1],
      ['order-on-blocked-customer', 'o1', 1],
      ['schema', 'o4', 4],
      ['assignment-on-blocked-customer', 's1', 1],
    ]);
    expect(findings[1]!.message).toBe(messages.checkBlocked('order', 'o1', 'dept', 'H', 'Hold for credit check', true));
    expect(findings[3]!.message).toBe(messages.checkBlocked('assignment', 's1', 'root', 'H', 'Hold for credit check', false));
  });

  it('takes severities from the options, and a rule set to off reports nothing', async () => {
    const records = [{ id: 'c1', name: 'A', status: 'A', billingAddress: null, extra: 1 }];
    const { findings, errorCount, warningCount } = await check(records, { rules: { 'active-without-billing-address': 'error', 'unknown-field': 'off' } });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['active-without-billing-address', 'error']]);
    expect([errorCount, warningCount]).toEqual([1, 0]);
  });

  it("uses the organization's catalog", async () => {
    const catalog = createStatusCatalog([...defaultStatuses, { code: 'BID', name: 'Bid', allowsOrders: true, allowsAssignments: false, inActiveSearches: true }], 'P');
    const { findings } = await check([{ id: 'c1', name: 'A', status: 'BID' }, { id: 'c2', name: 'B', status: 'Q' }], { catalog, assignments: [{ id: 's', customerId: 'c1' }] });
    expect(ruleIds(findings)).toEqual(['unknown-status', 'assignment-on-blocked-customer']);
  });

  it('reads an async iterable, and does not mutate its input', async () => {
    const records = [{ id: 'c1', name: ' Acme ', status: 'A', billingAddress: null }];
    const copy = structuredClone(records);
    const report = await check(slowly(records));
    expect(report.records).toBe(1);
    expect(records).toEqual(copy);
  });

  it('never throws on arbitrary JSON values, and reports every finding with a known rule', async () => {
    const known = new Set<string>(checkRules.map((r) => r.id));
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(fc.jsonValue(), fc.record({ id: fc.constantFrom('a', 'b', 'c', 'bad id'), name: fc.jsonValue(), parentId: fc.constantFrom('a', 'b', 'c', null, 7), status: fc.constantFrom('A', 'X', 'H', 'zz') }, { requiredKeys: [] })),
          { maxLength: 12 },
        ),
        fc.array(fc.jsonValue(), { maxLength: 4 }),
        async (records, orders) => {
          const report = await check(records, { orders, worksites: orders, assignments: orders });
          expect(report.records).toBe(records.length);
          for (const finding of report.findings) expect(known.has(finding.ruleId)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('checkEntries', () => {
  it('passes each record’s location through to its findings', async () => {
    const found: CheckFinding[] = [];
    for await (const finding of checkEntries([{ record: { id: 'c1', name: '' }, location: { index: 1, line: 7, file: 'customers.ndjson' } }])) found.push(finding);
    expect(found).toEqual([{ ruleId: 'schema', severity: 'error', message: 'name must not be blank', recordId: 'c1', path: ['name'], location: { index: 1, line: 7, file: 'customers.ndjson' } }]);
  });

  it('keeps finding parents in an export of many records written children first', async () => {
    const n = 20_000;
    const records = Array.from({ length: n }, (_, i) => ({ id: `c${n - i}`, name: `Customer ${n - i}`, parentId: n - i > 1 ? `c${n - i - 1}` : null }));
    const report = await check(records);
    expect(report.findings).toEqual([]);
  });
});
