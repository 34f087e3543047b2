import { CustomerId, CustomerScope } from '../../model/index.js';

/**
 * The parameters every customer report takes: the Customer ID it is opened from (prefilled by
 * `reports.forCustomer`) and the view — the record alone (`account`, the default), with its
 * departments (`subtree`), or its whole tree (`master`).
 * @category Reports
 */
export const customerReportFields = {
  /** The Customer ID the report is opened from. */
  customerId: CustomerId,
  /** `account` (default), `subtree` or `master`. */
  scope: CustomerScope.default('account'),
};
