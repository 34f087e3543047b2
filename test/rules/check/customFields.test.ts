import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { builtInFieldNames, check, compileCustomFields, messages } from '../../../src/index.js';

const customFields = compileCustomFields(
  { customers: { vmsId: z.string().max(40), unionShop: z.boolean().optional() }, assignments: { shift: z.enum(['day', 'night']) } },
  builtInFieldNames(),
);
const found = (report: Awaited<ReturnType<typeof check>>) => report.findings.map((f) => [f.ruleId, f.severity, f.recordId, f.path.join('.'), f.message]);

describe('check with customFields', () => {
  it('reports a bad value and a missing required field as errors, and an undeclared field as a warning', async () => {
    const records = [
      { id: 'c1', name: 'Acme', custom: { vmsId: 'V-1', unionShop: true } },
      { id: 'c2', name: 'Beta', custom: { vmsId: 'V'.repeat(41), region: 'north' } },
      { id: 'c3', name: 'Gamma', custom: { unionShop: 'yes' } },
      { id: 'c4', name: 'Delta' },
    ];
    const report = await check(records, { customFields });
    expect(found(report)).toEqual([
      ['custom-field', 'error', 'c2', 'custom.vmsId', 'custom.vmsId must be at most 40 characters'],
      ['undeclared-custom-field', 'warn', 'c2', 'custom.region', messages.checkUndeclaredCustomField('region', 'customers')],
      ['custom-field', 'error', 'c3', 'custom.vmsId', messages.checkField('custom.vmsId', messages.required)],
      ['custom-field', 'error', 'c3', 'custom.unionShop', 'custom.unionShop must be true or false'],
    ]);
    expect([report.errorCount, report.warningCount]).toEqual([3, 1]);
  });

  it('checks the custom values of assignments of customers in the export', async () => {
    const report = await check([{ id: 'c1', name: 'Acme' }], { customFields, assignments: [{ id: 'a1', customerId: 'c1', custom: { shift: 'day' } }, { id: 'a2', customerId: 'c1', custom: { shift: 'dusk' } }] });
    expect(found(report).map(([rule, , id, path]) => [rule, id, path])).toEqual([['custom-field', 'a2', 'custom.shift']]);
  });

  it('without a declaration, warns of every custom value and raises no error; the schema and unknown-field rules leave custom alone', async () => {
    const report = await check([{ id: 'c1', name: 'Acme', custom: { vmsId: 'V-1', 'bad name': { nested: true } } }]);
    expect(found(report).map(([rule, severity, , path]) => [rule, severity, path])).toEqual([
      ['undeclared-custom-field', 'warn', 'custom.vmsId'],
      ['undeclared-custom-field', 'warn', 'custom.bad name'],
    ]);
  });

  it('reports custom values too large to store together', async () => {
    const big = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`f${i}`, 'x'.repeat(9_000)]));
    const report = await check([{ id: 'c1', name: 'Acme', custom: big }], { rules: { 'undeclared-custom-field': 'off' } });
    expect(found(report)).toEqual([['custom-field', 'error', 'c1', 'custom', messages.checkField('custom', messages.customValuesTooLarge(65_536))]]);
  });
});

describe('builtInFieldNames', () => {
  it("lists each kind of record's own fields, which a custom field may not take", () => {
    const names = builtInFieldNames();
    expect(names.customers).toContain('billingAddress');
    expect(names.customers).toContain('address');
    expect(names.orders).toContain('customerId');
    expect(() => compileCustomFields({ contacts: { email: z.string() } }, names)).toThrow(messages.customFieldCollides('contacts'));
  });
});
