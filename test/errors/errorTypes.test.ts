import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { addCustomer } from '../../src/actions/customers/addCustomer.js';
import {
  AddCustomerInput,
  Customer,
  StaffcoreError,
  isStaffcoreError,
  messages,
  parseInput,
  type ConflictDetails,
  type NotFoundDetails,
  type StaffcoreErrorDetails,
  type ValidationDetails,
} from '../../src/index.js';

describe('StaffcoreError details', () => {
  it('narrows details by code, with isStaffcoreError or by checking code', () => {
    const caught: unknown = new StaffcoreError('NOT_FOUND', 'gone', { details: { entity: 'customers', id: '7' } });
    if (isStaffcoreError(caught, 'NOT_FOUND')) expectTypeOf(caught.details).toEqualTypeOf<NotFoundDetails>();
    if (isStaffcoreError(caught)) {
      expectTypeOf(caught.details).toEqualTypeOf<StaffcoreErrorDetails>();
      if (caught.code === 'CONFLICT') expectTypeOf(caught.details.expected).toEqualTypeOf<number | undefined>();
      if (caught.code === 'VALIDATION') expectTypeOf(caught.details).toEqualTypeOf<ValidationDetails>();
    }
    expect(isStaffcoreError(caught, 'NOT_FOUND') && caught.details.id).toBe('7');
  });

  it('takes only the fields of the code’s shape, and requires those a code always has', () => {
    const conflict = new StaffcoreError('CONFLICT', 'stale', { details: { entity: 'customers', id: '7', expected: 3, stored: 4 } });
    expectTypeOf(conflict.details).toEqualTypeOf<ConflictDetails>();
    expect(conflict.details).toEqual({ entity: 'customers', id: '7', expected: 3, stored: 4 });
    // @ts-expect-error a VALIDATION error always has its path and issues
    expect(new StaffcoreError('VALIDATION', 'x').details).toEqual({});
    // @ts-expect-error an open bag is gone: a field no code has is refused
    expect(new StaffcoreError('CONFLICT', 'x', { details: { whatever: 1 } }).code).toBe('CONFLICT');
  });
});

describe('the exported schemas', () => {
  it('word their issues as the actions do', () => {
    const result = Customer.safeParse({ email: 'x' });
    const email = result.error?.issues.find((issue) => issue.path[0] === 'email');
    expect(email?.message).toBe(messages.badFormat('e-mail address'));
    expect(Customer.shape.name.safeParse('').error?.issues[0]?.message).toBe(messages.tooShort(1));
    expect(Customer.shape.version.safeParse(undefined).error?.issues[0]?.message).toBe(messages.required);
  });

  it('give a client the messages the server gives, field by field', () => {
    const anyValue = fc.anything({ maxDepth: 2, maxKeys: 3 });
    const keys = Object.keys(AddCustomerInput.shape);
    fc.assert(
      fc.property(fc.constantFrom(...keys), anyValue, (key, value) => {
        const input = { name: 'Acme', [key]: value };
        const client = AddCustomerInput.safeParse(input);
        const server = parseInput(addCustomer, input);
        expect(client.success).toBe(server.success);
        if (client.success || server.success) return;
        // zod reports unknown keys as one issue; staffcore names each key (checked in parseInput.test.ts).
        const clientIssues = client.error.issues.filter((issue) => issue.code !== 'unrecognized_keys').map(({ path, message }) => ({ path, message }));
        const serverIssues = server.error.details.issues.filter((issue) => issue.message !== messages.unknownField);
        expect(clientIssues).toEqual(serverIssues);
      }),
    );
  });
});
