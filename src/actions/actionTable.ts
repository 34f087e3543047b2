import { listAuditTrail } from './audit/listAuditTrail.js';
import { changesSince } from './changes/changesSince.js';
import { addCustomer } from './customers/addCustomer.js';
import { addManyCustomers } from './customers/addManyCustomers.js';
import { applyDefaultsToDepartments } from './customers/applyDefaultsToDepartments.js';
import { changeCustomerStatus } from './customers/changeCustomerStatus.js';
import { copyCustomerContactToBilling } from './customers/copyCustomerContactToBilling.js';
import { customerCapabilities } from './customers/customerCapabilities.js';
import { customerMoveTargets } from './customers/customerMoveTargets.js';
import { getCustomer } from './customers/getCustomer.js';
import { listStatusChanges } from './customers/listStatusChanges.js';
import { moveCustomer } from './customers/moveCustomer.js';
import { listMoves } from './customers/listMoves.js';
import { searchCustomers } from './customers/searchCustomers.js';
import { updateCustomer } from './customers/updateCustomer.js';
import { addDepartment } from './departments/addDepartment.js';
import { addBranchLevel } from './hierarchy/addBranchLevel.js';
import { listBranchLevels } from './hierarchy/listBranchLevels.js';
import { addWorksite } from './worksites/addWorksite.js';
import { createOrder } from './orders/createOrder.js';
import { listOrders } from './orders/listOrders.js';
import { closeOrder } from './orders/closeOrder.js';
import { createAssignment } from './assignments/createAssignment.js';
import { endAssignment } from './assignments/endAssignment.js';
import { listAssignments } from './assignments/listAssignments.js';
import { addBar } from './bars/addBar.js';
import { removeBar } from './bars/removeBar.js';
import { listBars } from './bars/listBars.js';
import { createInvoice } from './invoices/createInvoice.js';
import { createZeroDollarInvoice } from './invoices/createZeroDollarInvoice.js';
import { getInvoice } from './invoices/getInvoice.js';
import { listInvoices } from './invoices/listInvoices.js';
import { recordPayment } from './invoices/recordPayment.js';
import { checkCustomerCredit } from './credit/checkCustomerCredit.js';
import { setCreditLimit } from './credit/setCreditLimit.js';
import { listWorksites } from './worksites/listWorksites.js';
import { setDefaultWorksite } from './worksites/setDefaultWorksite.js';
import { viewCustomer } from './customers/viewCustomer.js';
import { customerActions } from './customers/customerActions.js';
import { customerNeighbors } from './customers/customerNeighbors.js';
import { addContact } from './contacts/addContact.js';
import { listContacts } from './contacts/listContacts.js';
import { deactivateContact } from './contacts/deactivateContact.js';
import { logMessage } from './messages/logMessage.js';
import { listMessages } from './messages/listMessages.js';
import { addTask } from './tasks/addTask.js';
import { completeTask } from './tasks/completeTask.js';
import { listTasks } from './tasks/listTasks.js';
import { createHotlist } from './hotlists/createHotlist.js';
import { addHotlistMember } from './hotlists/addHotlistMember.js';
import { listHotlistMembers } from './hotlists/listHotlistMembers.js';
import { listHotlists } from './hotlists/listHotlists.js';
import { addFavorite } from './favorites/addFavorite.js';
import { removeFavorite } from './favorites/removeFavorite.js';
import { listFavorites } from './favorites/listFavorites.js';
import { assignTimeClock } from './timeClocks/assignTimeClock.js';
import { listTimeClocks } from './timeClocks/listTimeClocks.js';
import { draftPost } from './social/draftPost.js';
import { mergeCustomers } from './customers/mergeCustomers.js';
import { updateContact } from './contacts/updateContact.js';
import { massUpdateRates } from './assignments/massUpdateRates.js';
import { setMultiplierCodes } from './customers/setMultiplierCodes.js';
import { getMultiplierCodes } from './customers/getMultiplierCodes.js';
import { listCustomerReports } from './reports/listCustomerReports.js';
import { runReport } from './reports/runReport.js';

/**
 * Every action of a staffcore instance, by group and name: `customers.add` is
 * `actionTable.customers.add`. A new action is one file and one line here; `createStaffcore`
 * binds them all the same way, and the `Staffcore` type is derived from this table.
 */
export const actionTable = {
  customers: {
    /** Adds a customer or department; only the name is required, the rest is defaulted with its provenance. */
    add: addCustomer,
    /** Adds many customers in one go (a bulk import), each row with the rules of `add`, errors per row. */
    addMany: addManyCustomers,
    /** Reads a record the actor may see. */
    get: getCustomer,
    /** Searches the records in the actor's scope (active statuses by default), ordered and paged. */
    search: searchCustomers,
    /** Changes fields of a record, based on the version read. */
    update: updateCustomer,
    /** Changes a record's status (optionally its whole subtree's), recorded with who, when and why. */
    changeStatus: changeCustomerStatus,
    /** Copies the contact address to the billing address. */
    copyContactToBilling: copyCustomerContactToBilling,
    /** Reads a record's status history, oldest first. */
    statusHistory: listStatusChanges,
    /** Explains the effective status and whether a new order or an assignment is allowed. */
    capabilities: customerCapabilities,
    /** Moves a record, with its departments, under another parent (or makes it a root), recorded in the move history. */
    move: moveCustomer,
    /** Reads the recorded moves of a record, its subtree or its whole tree, oldest first. */
    moveHistory: listMoves,
    /** Lists where a record could move: the root customers, or one root's tree marked valid or not, and why. */
    moveTargets: customerMoveTargets,
    /** Copies chosen fields of a record to every department below it (a dry run lists the changes first). */
    applyDefaultsToDepartments,
    /** The record's header: name, ID, status and active indicator, tasks icon, default worksite, effective status and who imposes it. */
    view: viewCustomer,
    /** The record's actions menu: every entry enabled or not, and why, by roles, integrations and status. */
    actions: customerActions,
    /** The previous and next record of the actor's last search. */
    neighbors: customerNeighbors,
    /** Merges a duplicate into the surviving record (a dry run lists every change first) and marks it deleted, "duplicate of". */
    merge: mergeCustomers,
    /** Sets or clears a record's multiplier codes (agreed markup, overtime factors, minimum and target margins). */
    setMultiplierCodes,
    /** Reads a record's effective multiplier codes, each with where it came from. */
    multiplierCodes: getMultiplierCodes,
  },
  departments: {
    /** Adds a department directly beneath a record, inheriting its defaults with their provenance. */
    add: addDepartment,
  },
  worksites: {
    /** Adds a worksite to a customer; the first one becomes the default. */
    add: addWorksite,
    /** Makes one of a customer's worksites its default. */
    setDefault: setDefaultWorksite,
    /** Lists a customer's worksites, by name. */
    list: listWorksites,
  },
  orders: {
    /** Opens a new order on a record (type `Temp` by default), checked against the status up the tree and the customer's credit. */
    create: createOrder,
    /** Lists the orders of a record, its subtree or its whole tree: active ones, or all. */
    list: listOrders,
    /** Closes an order whose assignments have ended. */
    close: closeOrder,
  },
  assignments: {
    /** Places an employee on an order, refused by the status up the tree or a do-not-assign bar. */
    create: createAssignment,
    /** Ends an assignment on its last day worked. */
    end: endAssignment,
    /** Lists the assignments of a record, its subtree or its whole tree: active ones, or all. */
    list: listAssignments,
    /** Changes the pay and/or bill rates of many assignments at once: a dry run previews every before and after, the commit is all or nothing. */
    massUpdateRates,
  },
  bars: {
    /** Bars an employee from a record or its whole tree ("do not assign"), with the reason. */
    add: addBar,
    /** Lifts a bar, recording who and why. */
    remove: removeBar,
    /** Lists the bars of a record, its subtree or its whole tree. */
    list: listBars,
  },
  invoices: {
    /** Bills hours of a record's assignments; totals and due date follow from the lines and the terms. */
    create: createInvoice,
    /** Adds a 0.00 invoice to a record. */
    createZeroDollar: createZeroDollarInvoice,
    /** Reads one invoice with its lines, payments and standing. */
    get: getInvoice,
    /** Lists invoice history with due dates and overdue state, by scope. */
    list: listInvoices,
    /** Records a payment against an invoice. */
    recordPayment,
  },
  credit: {
    /** Sets a root customer's credit limit and policy. */
    setLimit: setCreditLimit,
    /** Answers allowed / warned / blocked for a new order, with reasons and figures. */
    check: checkCustomerCredit,
  },
  hierarchy: {
    /** Adds a level below one within the actor's level. */
    addLevel: addBranchLevel,
    /** Lists the levels within the actor's level, parents first. */
    list: listBranchLevels,
  },
  audit: {
    /** Reads one record's audit trail, oldest first. */
    list: listAuditTrail,
  },
  changes: {
    /** Reads the change feed after a cursor, in commit order. */
    since: changesSince,
  },
  contacts: {
    /** Adds a person at a customer or department, linked to the record. */
    add: addContact,
    /** Lists the contacts of a record, its subtree or its whole tree: active ones, or all. */
    list: listContacts,
    /** Marks a contact inactive (kept, never deleted). */
    deactivate: deactivateContact,
    /** Changes a contact's name, title, phone or e-mail. */
    update: updateContact,
  },
  messages: {
    /** Logs a communication: author, time, method and text. */
    log: logMessage,
    /** Lists the communication history of a record, its subtree or its whole tree, newest first. */
    list: listMessages,
  },
  tasks: {
    /** Adds a task on a record, assigned to the actor by default. */
    add: addTask,
    /** Marks a task done. */
    complete: completeTask,
    /** Lists the tasks of a record, its subtree or its whole tree: incomplete ones, or all. */
    list: listTasks,
  },
  hotlists: {
    /** Creates a hotlist, optionally with the record as its first member. */
    create: createHotlist,
    /** Adds a record to an existing hotlist. */
    addMember: addHotlistMember,
    /** Lists the records on a hotlist. */
    members: listHotlistMembers,
    /** Lists the actor's hotlists. */
    list: listHotlists,
  },
  favorites: {
    /** Bookmarks a record for the actor. */
    add: addFavorite,
    /** Removes a bookmark. */
    remove: removeFavorite,
    /** Lists the actor's bookmarked records. */
    list: listFavorites,
  },
  timeClocks: {
    /** Assigns a time-clock device to a record (needs the time-clock integration). */
    assign: assignTimeClock,
    /** Lists the devices assigned to a record. */
    list: listTimeClocks,
  },
  social: {
    /** Drafts a Twitter/X post for a record (needs the integration and a handle); nothing is posted. */
    draftPost,
  },
  reports: {
    /** Lists the reports that open from a record, with its Customer ID filled in. */
    forCustomer: listCustomerReports,
    /** Runs a report by name, in the actor's scope, as typed rows, CSV or JSON. */
    run: runReport,
  },
} as const;

/** The action table's type. */
export type ActionTable = typeof actionTable;
