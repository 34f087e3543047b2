import * as z from 'zod';
import { AddCustomerInput, Customer, Worksite } from '../../model/index.js';
import { DuplicateMatch } from '../../rules/findLikelyDuplicates.js';
import { DefaultsProvenance } from '../../rules/resolveCustomerDefaults.js';
import { defineAction } from '../_internal/defineAction.js';
import { lookUpLikelyDuplicates } from '../_internal/likelyDuplicates.js';
import { firstWorksite, prepareNewCustomer } from '../_internal/prepareNewCustomer.js';

/**
 * What `customers.add` produced.
 * @category Action results
 */
export const AddCustomerResult = z.strictObject({
  /** The saved record. */
  customer: Customer,
  /** The first worksite, created from the address given at creation (and the default), or `null`. */
  worksite: Worksite.nullable(),
  /** The effective defaults and where each came from. */
  defaults: DefaultsProvenance,
  /**
   * Existing records in the rep's scope that look like the same business (same folded name, phone
   * or street address, or a name a typo away); reported, never blocking.
   */
  likelyDuplicates: z.array(DuplicateMatch).readonly(),
});
/**
 * What `customers.add` produced.
 * @category Action results
 */
export type AddCustomerResult = z.output<typeof AddCustomerResult>;

/**
 * The `customers.add` action; its documentation is on the `add` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const addCustomer = defineAction({
  name: 'customers.add',
  summary: 'Adds a customer or department; only the name is required, the rest is defaulted with its provenance.',
  input: AddCustomerInput,
  result: AddCustomerResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'STANDARDIZATION_REQUIRED'],
  subject: 'customer',
  permission: 'customer.add',
  async run(run, entered): Promise<AddCustomerResult> {
    const { draft, contactAddress, provenance } = await prepareNewCustomer(run, entered);
    let customer = await run.tx.customers.insert(draft);
    let worksite: Worksite | null = null;
    if (contactAddress) {
      worksite = await run.tx.worksites.insert(firstWorksite(run, customer, contactAddress));
      customer = await run.tx.customers.update({ ...customer, defaultWorksiteId: worksite.id });
    }
    const [likely] = await lookUpLikelyDuplicates(run, [{ name: entered.name, phone: entered.phone, contactAddress }], {
      exclude: new Set([customer.id]),
      similarNames: true,
    });
    return { customer, worksite, defaults: provenance, likelyDuplicates: likely ?? [] };
  },
});
