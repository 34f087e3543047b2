import * as z from 'zod';
import { sumMoney } from '../../model/sumMoney.js';
import { CustomerId, type CalendarDate, type Customer, type Money } from '../../model/index.js';
import { CreditDecision, checkCredit } from '../../rules/checkCredit.js';
import type { ActionRun } from './ActionRun.js';
import { readAllFor } from './readAll.js';

/** Ids per query: a bounded list however large the tree. */
const idsPerQuery = 20_000;
const pageSize = 10_000;

/**
 * A credit decision and the root customer whose limit it applied.
 * @category Action results
 */
export const TreeCredit = z.strictObject({
  /** The root customer of the tree. */
  rootId: CustomerId,
  /** The decision, its reasons and figures. */
  decision: CreditDecision,
});
/**
 * A credit decision and the root customer whose limit it applied (what `credit.check` returns).
 * @category Action results
 */
export type TreeCredit = z.output<typeof TreeCredit>;

/**
 * Checks a tree's credit for a new order: reads the root's limit, the open invoices and the active
 * orders of the whole tree (all of it, whatever the actor's scope: credit is the customer's, not
 * the rep's), and hands them to `checkCredit`.
 * @param run - the action's run
 * @param path - the record first, its root last
 * @param orderAmount - the new order's estimated billing
 * @param asOf - the day overdue invoices are counted on
 * @returns the root and the decision
 * @category Action results
 */
export async function creditOfTree(run: Pick<ActionRun, 'tx'>, path: readonly Customer[], orderAmount: Money, asOf: CalendarDate): Promise<TreeCredit> {
  const root = path.at(-1)!;
  const [limit] = (await run.tx.creditLimits.find({ where: { customerId: root.id }, limit: 1 })).items;
  const ids = (await run.tx.customers.subtree(root.id)).map((record) => record.id);
  const invoices = await readAllFor(ids, (customerId, after) => run.tx.invoices.find({ where: { customerId, state: 'open' }, limit: pageSize, after }), idsPerQuery);
  const orders = await readAllFor(ids, (customerId, after) => run.tx.orders.find({ where: { customerId, state: ['open', 'filled'] }, limit: pageSize, after }), idsPerQuery);
  const openOrders = sumMoney(orders.map((order) => order.estimatedBilling));
  const decision = checkCredit({ limit: limit ?? null, invoices, openOrders, orderAmount, asOf });
  return { rootId: root.id, decision };
}
