import { listAuditTrail } from './audit/listAuditTrail.js';
import { changesSince } from './changes/changesSince.js';
import { addCustomer } from './customers/addCustomer.js';
import { changeCustomerStatus } from './customers/changeCustomerStatus.js';
import { copyCustomerContactToBilling } from './customers/copyCustomerContactToBilling.js';
import { customerCapabilities } from './customers/customerCapabilities.js';
import { getCustomer } from './customers/getCustomer.js';
import { listStatusChanges } from './customers/listStatusChanges.js';
import { searchCustomers } from './customers/searchCustomers.js';
import { updateCustomer } from './customers/updateCustomer.js';
import { addBranchLevel } from './hierarchy/addBranchLevel.js';
import { listBranchLevels } from './hierarchy/listBranchLevels.js';
import { addWorksite } from './worksites/addWorksite.js';
import { listWorksites } from './worksites/listWorksites.js';
import { setDefaultWorksite } from './worksites/setDefaultWorksite.js';

/**
 * Every action of a staffcore instance, by group and name: `customers.add` is
 * `actionTable.customers.add`. A new action is one file and one line here; `createStaffcore`
 * binds them all the same way, and the `Staffcore` type is derived from this table.
 */
export const actionTable = {
  customers: {
    add: addCustomer,
    get: getCustomer,
    search: searchCustomers,
    update: updateCustomer,
    changeStatus: changeCustomerStatus,
    copyContactToBilling: copyCustomerContactToBilling,
    statusHistory: listStatusChanges,
    capabilities: customerCapabilities,
  },
  worksites: {
    add: addWorksite,
    setDefault: setDefaultWorksite,
    list: listWorksites,
  },
  hierarchy: {
    addLevel: addBranchLevel,
    list: listBranchLevels,
  },
  audit: {
    list: listAuditTrail,
  },
  changes: {
    since: changesSince,
  },
} as const;

/** The action table's type. */
export type ActionTable = typeof actionTable;
