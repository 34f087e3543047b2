import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { addContact } from '../../src/actions/contacts/addContact.js';
import { addCustomer } from '../../src/actions/customers/addCustomer.js';
import { updateCustomer } from '../../src/actions/customers/updateCustomer.js';
import { createOrder } from '../../src/actions/orders/createOrder.js';
import { addTask } from '../../src/actions/tasks/addTask.js';
import { AddCustomerInput, isStaffcoreError, messages, parseInput, type ParsableAction, type Staffcore } from '../../src/index.js';
import { buildAgency } from '../helpers/agency.js';

/** Calls an action of an instance by its public name (`customers.add`), as a host's router would. */
const call = (sc: Staffcore, name: string, input: unknown): Promise<unknown> => {
  const [group, member] = name.split('.') as [string, string];
  const bound = (sc as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[group]![member]!;
  return bound(input);
};

/** An action value as a host holds it: its name, and an object schema as input. */
type ObjectAction = ParsableAction & { readonly name: string; readonly input: { readonly shape: object } };

const actions: readonly { readonly action: ObjectAction; readonly base: Record<string, unknown> }[] = [
  { action: addCustomer, base: { name: 'Acme' } },
  { action: updateCustomer, base: { id: '1', version: 1, changes: { notes: 'x' } } },
  { action: createOrder, base: {} },
  { action: addContact, base: {} },
  { action: addTask, base: {} },
];

/** A value of any shape, kept small. */
const anyValue = fc.anything({ maxDepth: 2, maxKeys: 3 });

/** An input that differs from a base input in one key (a field of the schema, or an unknown one) or is anything at all. */
const badInput = (base: Record<string, unknown>, keys: readonly string[]) =>
  fc.oneof(
    fc.record({ key: fc.constantFrom(...keys, 'adress', 'status'), value: anyValue }).map(({ key, value }) => ({ ...base, [key]: value })),
    fc.record({ key: fc.constantFrom(...keys), value: anyValue }).map(({ key, value }) => ({ [key]: value })),
    anyValue,
  );

describe('parseInput', () => {
  it('gives the data the action would read, typed by the action', () => {
    const result = parseInput(addCustomer, { name: ' Acme ', email: 'ops@acme.example' });
    expect(result).toEqual({ success: true, data: { name: 'Acme', email: 'ops@acme.example' } });
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<ReturnType<typeof AddCustomerInput.parse>>();
  });

  it('refuses with the VALIDATION error the action throws: staffcore’s wording, the caller’s paths, unknown keys named', () => {
    const result = parseInput(addCustomer, { name: '', email: 'x', adress: { line1: '1 Main' } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(isStaffcoreError(result.error, 'VALIDATION')).toBe(true);
    expect(result.error.message).toBe(`[staffcore] Invalid customer: name: ${messages.tooShort(1)}`);
    expect(result.error.details.issues).toEqual([
      { path: ['name'], message: messages.tooShort(1) },
      { path: ['email'], message: messages.badFormat('e-mail address') },
      { path: ['adress'], message: messages.unknownField },
    ]);
  });

  it('reads an absent input as {}, as an action does', () => {
    const result = parseInput(addCustomer, undefined);
    expect(result.success === false && result.error.details.issues).toEqual([{ path: ['name'], message: messages.required }]);
  });

  for (const { action, base } of actions) {
    it(`gives exactly the issues and message ${action.name} gives for the same bad input`, async () => {
      const agency = await buildAgency();
      const sc = agency.as(agency.dana);
      const keys = Object.keys(action.input.shape);
      await fc.assert(
        fc.asyncProperty(badInput(base, keys), async (input) => {
          const parsed = parseInput(action, input);
          fc.pre(!parsed.success);
          if (parsed.success) return;
          const thrown = await call(sc, action.name, input).then(
            () => null,
            (error: unknown) => error,
          );
          expect(isStaffcoreError(thrown, 'VALIDATION')).toBe(true);
          if (!isStaffcoreError(thrown, 'VALIDATION')) return;
          expect(thrown.details.issues).toEqual(parsed.error.details.issues);
          expect(thrown.details.path).toEqual(parsed.error.details.path);
          expect(thrown.message).toBe(parsed.error.message);
        }),
        { numRuns: 40 },
      );
    });
  }
});
