import { AddCustomerInput, Assignment, Contact, Customer, Order } from '../model/index.js';
import type { BuiltInFields } from './customFields.js';

/**
 * The names a custom field may not take: each kind of record's own fields (and a customer's
 * input-only `address`), from the model's schemas. `createStaffcore` and `staffcore check` both
 * compile a declaration against it, so a name one refuses the other refuses too.
 * @returns the built-in field names by kind of record
 * @example
 * ```ts
 * compileCustomFields({ customers: { vmsId: z.string() } }, builtInFieldNames()).any //=> true
 * builtInFieldNames().orders.includes('customerId') //=> true
 * ```
 * @category Custom fields
 */
export function builtInFieldNames(): BuiltInFields {
  return {
    customers: [...Object.keys(Customer.shape), ...Object.keys(AddCustomerInput.shape)],
    contacts: Object.keys(Contact.shape),
    orders: Object.keys(Order.shape),
    assignments: Object.keys(Assignment.shape),
  };
}
