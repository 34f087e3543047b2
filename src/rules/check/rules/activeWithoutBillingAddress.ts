import * as messages from '../../../errors/messages.js';
import { defineCheckRule } from '../CheckRule.js';

/**
 * `active-without-billing-address`: a record whose status is active has an empty billing address.
 * @category Check
 */
export const activeWithoutBillingAddressRule = defineCheckRule({
  id: 'active-without-billing-address',
  name: 'ActiveWithoutBillingAddress',
  defaultSeverity: 'warn',
  description: 'An active customer (status A or P in the default catalog) has no billing address',
  help: 'Invoices go to the billing address; an active customer without one cannot be billed. Fill the billing address, or copy the contact address to it.',
  structural: false,
  create: (context) => ({
    record({ value, status, recordId, location }) {
      if (status?.isActive && 'billingAddress' in value && value['billingAddress'] === null) {
        context.report(messages.checkActiveWithoutBilling(recordId ?? '', status.code), recordId, ['billingAddress'], location);
      }
    },
  }),
});
