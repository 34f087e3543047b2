import { addWorksite } from './addWorksite.js';
import { setDefaultWorksite } from './setDefaultWorksite.js';
import { listWorksites } from './listWorksites.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Worksites of customer records.
 *
 * Give it to {@link createStaffcore} as `actions: { worksites }`: the instance's `worksites.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const worksites = defineGroup('worksites', {
  /**
   * `worksites.add`: adds a worksite (a place employees are sent) to a customer. The customer's
   * first worksite becomes its default; a later one does when `makeDefault` is set. Refuses with
   * `VALIDATION`, `NOT_FOUND`, `FORBIDDEN` (no `worksite.edit`), `STANDARDIZATION_REQUIRED`,
   * `STATUS_BLOCKED` (a deleted customer).
   *
   * @example
   * ```ts
   * const { worksite, customer } = await sc.worksites.add({ customerId: '3', name: 'Dock 9', address: { line1: '9 Dock Rd', city: 'Minneapolis', region: 'MN', postalCode: '55401' }, makeDefault: true });
   * worksite.address.country //=> 'US'
   * customer.defaultWorksiteId === worksite.id //=> true
   * ```
   */
  add: addWorksite,
  /**
   * `worksites.setDefault`: makes one of a customer's worksites its default (there is exactly one
   * default when any exist). Refuses with `NOT_FOUND` (no such customer or worksite), `VALIDATION`
   * (the worksite is another customer's), `FORBIDDEN`, `CONFLICT`, `STATUS_BLOCKED` (a deleted customer).
   *
   * Needs the permission `worksite.edit`.
   *
   * @example
   * ```ts
   * const { customer } = await sc.worksites.setDefault({ customerId: '3', worksiteId: '4' });
   * customer.defaultWorksiteId //=> '4'
   * ```
   */
  setDefault: setDefaultWorksite,
  /**
   * `worksites.list`: lists a customer's worksites (with `scope`, its subtree's or its whole tree's),
   * by name, all in one page (`{ items, next: null }`). Refuses with `NOT_FOUND`, `FORBIDDEN`.
   *
   * Needs the permission `customer.read`.
   *
   * @example
   * ```ts
   * const { items, next } = await sc.worksites.list({ customerId: '1', scope: 'master' });
   * items.map((worksite) => worksite.name) //=> ['Acme, Inc.', 'Dock 9']
   * next //=> null
   * ```
   */
  list: listWorksites,
});
