import * as z from 'zod';
import { CustomerId, CustomerRef, StatusCode, StatusDefinition, Worksite, type Customer } from '../../model/index.js';
import { effectiveStatus } from '../../rules/effectiveStatus.js';
import { customerPath } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * A record named in the view: its id, name and own status code. A record outside the actor's scope
 * (an ancestor at another branch) is named by id only: `outOfScope` is `true` and `name` is `null`,
 * as `customers.moveTargets` shows it; its `status` is `null` too, except in `blockedBy`, where the
 * code of the status that blocks the record is the rep's business.
 * @category Action results
 */
export const RecordMention = z
  .strictObject({
    /** The record's Customer ID. */
    id: CustomerId,
    /** Its name; `null` when it lies outside the actor's scope. */
    name: z.string().nullable(),
    /** Its own status code; `null` for a parent or root outside the actor's scope. */
    status: StatusCode.nullable(),
    /** Whether the record lies outside the actor's scope (and its name is withheld). */
    outOfScope: z.boolean(),
  })
  .readonly();
/**
 * A record named in a result: its id, name and own status code, or its id only outside the actor's scope.
 * @category Action results
 */
export type RecordMention = z.output<typeof RecordMention>;

/**
 * What `customers.view` returns: what the record's header shows.
 * @category Action results
 */
export const CustomerView = z.strictObject({
  /** The Customer ID. */
  id: CustomerId,
  /** The record's name. */
  name: z.string(),
  /** The record's own status. */
  status: StatusDefinition,
  /** The avatar's active indicator: on only while the record's own status is `A` (Active). */
  activeIndicator: z.boolean(),
  /** The avatar's tasks icon: whether any task linked to the record is incomplete. */
  hasIncompleteTasks: z.boolean(),
  /** The default worksite, or `null` when the record has none. */
  defaultWorksite: Worksite.nullable(),
  /** The effective status: the most restrictive along the path to the root. */
  effectiveStatus: StatusDefinition,
  /** The ancestor whose status is the effective one, when it is not the record's own; `null` otherwise. */
  blockedBy: RecordMention.nullable(),
  /** Whether new orders are allowed by the statuses up the tree. */
  allowsOrders: z.boolean(),
  /** Whether assignments are allowed by the statuses up the tree. */
  allowsAssignments: z.boolean(),
  /** The parent record, `null` for a root customer. */
  parent: RecordMention.nullable(),
  /** The root customer of the record's tree (the record itself for a root). */
  root: RecordMention,
});
/**
 * What `customers.view` returns: what the record's header shows.
 * @category Action results
 */
export type CustomerView = z.output<typeof CustomerView>;

/** Names a record the way the actor may see it: in full within the scope, by id outside it. */
const mentionFor =
  (scope: ReadonlySet<string>) =>
  (record: Customer, keepStatus = false): RecordMention =>
    scope.has(record.branchId)
      ? { id: record.id, name: record.name, status: record.status, outOfScope: false }
      : { id: record.id, name: null, status: keepStatus ? record.status : null, outOfScope: true };

/**
 * The `customers.view` action; its documentation is on the `view` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const viewCustomer = defineAction({
  name: 'customers.view',
  summary: "The record's header: name, ID, status and active indicator, tasks icon, default worksite, effective status and who imposes it.",
  input: CustomerRef,
  result: CustomerView,
  refusals: ['NOT_FOUND'],
  subject: 'customer',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { id }): Promise<CustomerView> {
    const customer = await run.customer(id);
    const path = await customerPath(run, customer);
    const status = effectiveStatus(path, run.statuses);
    const openTasks = await run.tx.tasks.find({ where: { customerId: customer.id }, limit: 1000 });
    let hasIncompleteTasks = openTasks.items.some((task) => !task.completed);
    for (let after = openTasks.next; !hasIncompleteTasks && after !== null; ) {
      const page = await run.tx.tasks.find({ where: { customerId: customer.id }, limit: 1000, after });
      hasIncompleteTasks = page.items.some((task) => !task.completed);
      after = page.next;
    }
    const defaultWorksite = customer.defaultWorksiteId === null ? null : await run.tx.worksites.get(customer.defaultWorksiteId);
    const decider = path.find((record) => record.id === status.decidedById)!;
    const mention = mentionFor(run.scope);
    return {
      id: customer.id,
      name: customer.name,
      status: status.own,
      activeIndicator: customer.status === 'A',
      hasIncompleteTasks,
      defaultWorksite,
      effectiveStatus: status.effective,
      blockedBy: decider.id === customer.id ? null : mention(decider, true),
      allowsOrders: status.allowsOrders,
      allowsAssignments: status.allowsAssignments,
      parent: path[1] ? mention(path[1]) : null,
      root: mention(path[path.length - 1]!),
    };
  },
});
