import { AddCustomerInput, Assignment, Contact, Customer, Order } from '../model/index.js';
import { compileCustomFields, type BuiltInFields, type CustomFieldSet } from '../rules/customFields.js';

/** The names a custom field may not take: each kind of record's own fields (and a customer's input-only `address`). */
const builtInFields = (): BuiltInFields => ({
  customers: [...Object.keys(Customer.shape), ...Object.keys(AddCustomerInput.shape)],
  contacts: Object.keys(Contact.shape),
  orders: Object.keys(Order.shape),
  assignments: Object.keys(Assignment.shape),
});

/**
 * Checks and compiles an instance's custom-field declaration the way {@link createStaffcore} does
 * (a field may not take the name of one of its record's own fields), so what is built beside an
 * instance from the same options (the HTTP handler's OpenAPI document) sees the same fields.
 *
 * @param declarations - the `customFields` option (`undefined` for none)
 * @returns the compiled set
 * @throws StaffcoreError `VALIDATION` naming `customFields.<entity>.<field>` for a bad declaration
 */
export function instanceCustomFields(declarations: unknown): CustomFieldSet {
  return compileCustomFields(declarations, builtInFields(), ['customFields']);
}
