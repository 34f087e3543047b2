import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCustomer } from '../../src/actions/customers/addCustomer.js';
import { StaffcoreError, fieldErrors, messages, parseInput } from '../../src/index.js';
import { buildAgency } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';

describe('fieldErrors', () => {
  it('gives each field of a VALIDATION error its messages, nested paths joined by dots', () => {
    const result = parseInput(addCustomer, { name: '', email: 'x', address: { line1: '1 Main', city: 'Minneapolis', region: 'MN', postalCode: ' ' }, adress: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error)).toEqual({
      name: [messages.tooShort(1)],
      email: [messages.badFormat('e-mail address')],
      'address.postalCode': [messages.tooShort(1)],
      adress: [messages.unknownField],
    });
  });

  it('takes a field named after a member of Object.prototype as any other field', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const result = JSON.parse(`{"name":"Acme","${name}":1}`) as Record<string, unknown>;
      const checked = parseInput(addCustomer, result);
      expect(checked.success, name).toBe(false);
      if (checked.success) continue;
      const errors = fieldErrors(checked.error);
      expect(Object.keys(errors), name).toEqual([name]);
      expect(Object.getOwnPropertyDescriptor(errors, name)?.value, name).toEqual([messages.unknownField]);
    }
  });

  it('keeps every message of one field, in order', () => {
    const result = parseInput(addCustomer, { name: 'Acme', phone: '12' });
    expect(result.success === false && fieldErrors(result.error)).toEqual({ phone: [messages.phoneFormat, messages.phoneDigits] });
  });

  it('names a row of a bulk import by its index', async () => {
    const agency = await buildAgency();
    const error = await expectError(agency.as(agency.dana).customers.addMany({ rows: [{ name: 'Acme' }, { name: '' }] }), 'VALIDATION');
    expect(fieldErrors(error)).toEqual({ 'rows.1.name': [messages.tooShort(1)] });
  });

  it('puts the message of another code under the input field it names', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer } = await sc.customers.add({ name: 'Acme' });
    const error = await expectError(sc.worksites.setDefault({ customerId: customer.id, worksiteId: '424242' }), 'NOT_FOUND');
    expect(fieldErrors(error)).toEqual({ worksiteId: [messages.notFound('Worksite', '424242')] });
  });

  it('puts a message that names no field under the key ""', async () => {
    const agency = await buildAgency();
    const sc = agency.as(agency.lee);
    const { customer } = await sc.customers.add({ name: 'Acme' });
    await sc.customers.update({ id: customer.id, version: customer.version, changes: { notes: 'first' } });
    const error = await expectError(sc.customers.update({ id: customer.id, version: customer.version, changes: { notes: 'stale' } }), 'CONFLICT');
    expect(fieldErrors(error)).toEqual({ '': [messages.conflict('customer', customer.id)] });
    const whole = new StaffcoreError('VALIDATION', 'x', { details: { path: [], issues: [{ path: [], message: messages.expected('an object') }] } });
    expect(fieldErrors(whole)).toEqual({ '': [messages.expected('an object')] });
  });

  it('gives every issue under the key its path joins to, and nothing else', () => {
    const segment = fc.oneof(fc.string({ maxLength: 6 }), fc.nat({ max: 20 }));
    const issue = fc.record({ path: fc.array(segment, { maxLength: 3 }), message: fc.string({ minLength: 1, maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(issue, { minLength: 1, maxLength: 8 }), (issues) => {
        const error = new StaffcoreError('VALIDATION', 'x', { details: { path: issues[0]!.path, issues } });
        const byField = fieldErrors(error);
        for (const { path, message } of issues) expect(byField[path.join('.')]).toContain(message);
        const given = new Set(issues.map(({ path, message }) => `${path.join('.')}\u0000${message}`));
        const shown = Object.entries(byField).flatMap(([key, list]) => list.map((message) => `${key}\u0000${message}`));
        expect(new Set(shown)).toEqual(given);
        expect(shown.length).toBe(given.size);
      }),
    );
  });
});
