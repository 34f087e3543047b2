import { defineGroup } from '../_internal/defineGroup.js';
import { verifyCustomFields } from './verifyCustomFields.js';

/**
 * The organization's own fields (declared with `createStaffcore({ customFields })`): checking what
 * is stored against the declaration.
 *
 * Give it to {@link createStaffcore} as `actions: { customFields }`: the instance's `customFields.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const customFields = defineGroup('customFields', {
  /**
   * `customFields.verify`: reads one stretch of records of a kind (`customers`, `contacts`,
   * `orders` or `assignments`; `limit` records, by id, in the actor's scope) and lists each stored
   * custom value that does not fit the instance's declaration: a value of a field taken out of it
   * (`retired`: kept, never dropped; declaring the field again makes it typed again), a value it
   * no longer accepts (`invalid`: records read as stored, never refused), or a required field with
   * no value (`missing`). Follow `next` until it is `null` to check every record; a page may list
   * nothing. Changing a declaration never rewrites stored values: this is how a host finds the
   * ones to fix. Refuses with `VALIDATION`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * let after: string | null = null;
   * do {
   *   const page = await sc.customFields.verify({ entity: 'customers', after });
   *   for (const finding of page.items) console.log(finding.id, finding.field, finding.problem);
   *   after = page.next;
   * } while (after !== null);
   * ```
   */
  verify: verifyCustomFields,
});
