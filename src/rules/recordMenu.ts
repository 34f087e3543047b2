import * as z from 'zod';
import { errorCodes } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import type { Actor, Permission, SocialHandle } from '../model/index.js';
import { canAssignEmployees } from './canAssignEmployees.js';
import { canCreateOrder } from './canCreateOrder.js';
import type { StatusPathEntry } from './effectiveStatus.js';
import { hasPermission } from './hasPermission.js';
import { integrationLabels, type IntegrationName, type Integrations } from './integrations.js';
import { defaultStatusCatalog, type StatusCatalog } from './statusCatalog.js';
import { statusOf } from './statusOf.js';
import type { Verdict } from './Verdict.js';

/**
 * What a menu item asks of the record's status: `orders` and `assignments` the effective status
 * up the tree (a hold or deletion above applies below), `notDeleted` the record's own status not
 * a deletion status, `none` nothing (reading, changing the status, moving).
 * @category Rules
 */
export type StatusNeed = 'orders' | 'assignments' | 'notDeleted' | 'none';

/**
 * One entry of a customer record's actions menu, and the rules that enable it.
 * @category Rules
 */
export interface RecordMenuItem {
  /** A stable id (`newOrder`). */
  readonly id: string;
  /** The text the menu shows. */
  readonly label: string;
  /** The action the entry runs (`orders.create`), which enforces the same rules. */
  readonly action: string;
  /** The permission the actor's roles must grant (the action's own). */
  readonly permission: Permission;
  /** The integration the organization must have, if any. */
  readonly integration: IntegrationName | null;
  /** What the record's status must allow. */
  readonly status: StatusNeed;
  /** For `notDeleted`: what a deleted record refuses, after "Customer 7 is deleted; ". */
  readonly refusedWhenDeleted: string;
  /** A social network the record must have a handle on, if any. */
  readonly handle: 'twitter' | null;
}

const item = <const I extends string>(
  id: I,
  label: string,
  action: string,
  permission: Permission,
  status: StatusNeed,
  refusedWhenDeleted = '',
  extra: { integration?: IntegrationName; handle?: 'twitter' } = {},
): RecordMenuItem & { readonly id: I } => ({ id, label, action, permission, status, refusedWhenDeleted, integration: extra.integration ?? null, handle: extra.handle ?? null });

/**
 * Every entry of a customer record's actions menu, in menu order: the article's entries first
 * (add department … view orders), then the record's other actions and mass rate updates (allowed
 * on a hold: a hold stops new work, not the pay of current work; a deleted record takes neither,
 * nor a move). The gross-profit
 * calculator needs no record and no permission: it is the pure `grossProfit`, for the host to open.
 * @category Rules
 */
export const recordMenuItems = [
  item('addDepartment', 'Add department', 'departments.add', 'customer.add', 'notDeleted', messages.addDepartmentRefused),
  item('addToHotlist', 'Add to hotlist', 'hotlists.addMember', 'hotlist.edit', 'notDeleted', messages.addToHotlistRefused),
  item('assignTimeClock', 'Assign time clock to customer', 'timeClocks.assign', 'timeClock.assign', 'notDeleted', messages.assignTimeClockRefused, {
    integration: 'timeClock',
  }),
  item('changeParent', 'Change parent customer', 'customers.move', 'customer.move', 'notDeleted', messages.changeParentRefused),
  item('createZeroDollarInvoice', 'Create zero dollar invoice', 'invoices.createZeroDollar', 'invoice.zeroDollar', 'notDeleted', messages.createZeroDollarInvoiceRefused),
  item('newContact', 'New customer contact', 'contacts.add', 'contact.edit', 'notDeleted', messages.newContactRefused),
  item('newOrder', 'New order', 'orders.create', 'order.create', 'orders'),
  item('newTask', 'New task', 'tasks.add', 'task.edit', 'notDeleted', messages.newTaskRefused),
  item('shareWithTwitter', 'Share with Twitter', 'social.draftPost', 'social.share', 'notDeleted', messages.shareWithTwitterRefused, {
    integration: 'twitter',
    handle: 'twitter',
  }),
  item('viewActiveAssignments', 'View active assignments', 'assignments.list', 'customer.read', 'none'),
  item('viewAssignments', 'View assignments', 'assignments.list', 'customer.read', 'none'),
  item('viewOrders', 'View orders', 'orders.list', 'customer.read', 'none'),
  item('assignEmployee', 'Assign employee', 'assignments.create', 'assignment.edit', 'assignments'),
  item('changeStatus', 'Change status', 'customers.changeStatus', 'customer.changeStatus', 'none'),
  item('logMessage', 'Log message', 'messages.log', 'message.log', 'notDeleted', messages.logMessageRefused),
  item('addFavorite', 'Add to favorites', 'favorites.add', 'favorite.edit', 'notDeleted', messages.addFavoriteRefused),
  item('mergeDuplicate', 'Merge into another record', 'customers.merge', 'customer.merge', 'notDeleted', messages.mergeDuplicateRefused),
  item('massUpdateRates', 'Mass update rates', 'assignments.massUpdateRates', 'assignment.massUpdateRates', 'notDeleted', messages.massUpdateRatesRefused),
] as const satisfies readonly RecordMenuItem[];

/**
 * The id of a menu entry (`newOrder`, `shareWithTwitter`, …).
 * @category Rules
 */
export type RecordMenuItemId = (typeof recordMenuItems)[number]['id'];

/**
 * What the menu rules look at: the actor, the record with its ancestors, the integrations.
 * @category Rules
 */
export interface RecordMenuContext {
  /** The actor (only the roles are read). */
  readonly actor: Pick<Actor, 'roles'>;
  /**
   * The record first, then its parent, …, its root (a customer record serves as an entry). The
   * record's `duplicateOfId`, when given, tells a record deleted as a duplicate of another.
   */
  readonly path: readonly (StatusPathEntry & { readonly socialHandles: readonly SocialHandle[]; readonly duplicateOfId?: string | null })[];
  /** The organization's integrations. */
  readonly integrations: Integrations;
  /** The organization's status catalog; the default P/A/H/I/X when left out. */
  readonly catalog?: StatusCatalog;
}

/**
 * One entry of the menu as offered for a record: enabled, or not and why.
 * @category Rules
 */
export const RecordMenuEntry = z
  .strictObject({
    /** The entry's stable id (`newOrder`). */
    id: z.enum(recordMenuItems.map((entry) => entry.id) as [RecordMenuItemId, ...RecordMenuItemId[]]),
    /** The text the menu shows. */
    label: z.string(),
    /** The action the entry runs (`orders.create`). */
    action: z.string(),
    /** Whether the actor may run it on the record now. */
    enabled: z.boolean(),
    /** Why not, as a stable code; `null` when enabled. */
    code: z.enum(errorCodes).nullable(),
    /** Why not, in words; `null` when enabled. */
    reason: z.string().nullable(),
  })
  .readonly();
/**
 * One entry of the menu as offered for a record: enabled, or not and why.
 * @category Rules
 */
export type RecordMenuEntry = z.output<typeof RecordMenuEntry>;

const byId = new Map<string, RecordMenuItem>(recordMenuItems.map((entry) => [entry.id, entry]));

/**
 * Tells whether one action of a record's menu is allowed, and why not: the actor's permission
 * first, then the organization's integration, then the record's status, then a needed social
 * handle. The actions call this same rule, so the menu and the actions never disagree.
 *
 * @param id - the menu entry
 * @param context - the actor, the record's path and the integrations
 * @returns allowed, or `FORBIDDEN`, `INTEGRATION_MISSING`, `STATUS_BLOCKED` or `BUSINESS_RULE` with the reason
 * @example
 * ```ts
 * checkRecordAction('newOrder', { actor, path: [{ id: '7', status: 'H', socialHandles: [] }], integrations: {} })
 * //=> { allowed: false, code: 'STATUS_BLOCKED', reason: 'Customer 7 is "Hold for credit check", which allows no new orders', customerId: '7' }
 * ```
 * @category Rules
 */
export function checkRecordAction(id: RecordMenuItemId, context: RecordMenuContext): Verdict {
  const entry = byId.get(id)!;
  const catalog = context.catalog ?? defaultStatusCatalog;
  const permitted = hasPermission(context.actor, entry.permission);
  if (!permitted.allowed) return permitted;
  if (entry.integration && context.integrations[entry.integration] !== true) {
    return { allowed: false, code: 'INTEGRATION_MISSING', reason: messages.integrationMissing(integrationLabels[entry.integration]) };
  }
  const record = context.path[0]!;
  if (entry.status === 'orders') return canCreateOrder(context.path, catalog);
  if (entry.status === 'assignments') return canAssignEmployees(context.path, catalog);
  if (id === 'changeStatus' && record.duplicateOfId && statusOf(record.status, catalog).isDeletion) {
    // Deleted as a duplicate (merged into it, or marked so): its records belong to the other one.
    return { allowed: false, code: 'STATUS_BLOCKED', reason: messages.mergedDuplicate(record.id, record.duplicateOfId), customerId: record.id };
  }
  if (entry.status === 'notDeleted' && statusOf(record.status, catalog).isDeletion) {
    return { allowed: false, code: 'STATUS_BLOCKED', reason: messages.recordDeleted(record.id, entry.refusedWhenDeleted), customerId: record.id };
  }
  if (entry.handle && !record.socialHandles.some((handle) => handle.network === entry.handle)) {
    return { allowed: false, code: 'BUSINESS_RULE', reason: messages.handleMissing(record.id, integrationLabels[entry.handle]), customerId: record.id };
  }
  return { allowed: true };
}

/**
 * A customer record's actions menu: every entry, enabled or not with the reason, by the actor's
 * roles, the organization's integrations and the record's effective status.
 *
 * @param context - the actor, the record's path and the integrations
 * @returns the entries in menu order
 * @example
 * ```ts
 * recordMenu({ actor, path: [record], integrations: {} }).find((e) => e.id === 'assignTimeClock')
 * //=> { id: 'assignTimeClock', …, enabled: false, code: 'INTEGRATION_MISSING', reason: 'The organization has no time-clock integration' }
 * ```
 * @category Rules
 */
export function recordMenu(context: RecordMenuContext): RecordMenuEntry[] {
  return recordMenuItems.map(({ id, label, action }) => {
    const verdict = checkRecordAction(id, context);
    return verdict.allowed
      ? { id, label, action, enabled: true, code: null, reason: null }
      : { id, label, action, enabled: false, code: verdict.code, reason: verdict.reason };
  });
}
