import { describe, expect, it } from 'vitest';
import { AddCustomerInput, Customer, fieldErrors, messages, parseInput } from 'staffcore';

// An action value as the browser holds it: its input schema and what the input describes.
const addCustomer = { input: AddCustomerInput, subject: 'customer' } as const;

describe('errors in a browser', () => {
  it('checks a form as the action would and gives its messages by field, without a store', () => {
    const result = parseInput(addCustomer, { name: '', email: 'x' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error)).toEqual({ name: [messages.tooShort(1)], email: [messages.badFormat('e-mail address')] });
  });

  it('words an exported schema’s issues as the server does', () => {
    expect(Customer.shape.email.safeParse('x').error?.issues[0]?.message).toBe(messages.badFormat('e-mail address'));
  });
});
