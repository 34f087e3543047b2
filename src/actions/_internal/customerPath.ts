import { StaffcoreError, type BusinessRuleDetails } from '../../errors/index.js';
import type { Customer } from '../../model/index.js';
import type { ActionRun } from './ActionRun.js';

/**
 * A record and its ancestors, nearest first: the path its effective status, its bars and its
 * root (the last entry) are read from.
 * @param run - the action's run
 * @param customer - a record the actor may see
 * @returns the record, its parent, …, its root
 * @category Action results
 */
export async function customerPath(run: Pick<ActionRun, 'tx'>, customer: Customer): Promise<Customer[]> {
  return [customer, ...(await run.tx.customers.ancestors(customer.id))];
}

/**
 * The day of an action's instant (UTC), for rules that work on calendar dates.
 * @category Action results
 */
export const dayOf = (now: string): string => now.slice(0, 10);

/**
 * Refuses with `BUSINESS_RULE` — the input is well formed but the records' state does not allow
 * the request — naming the field it concerns.
 * @param message - what refuses and why
 * @param path - the input field concerned
 * @param details - further details for the caller
 * @category Action results
 */
export function businessRule(message: string, path: readonly (string | number)[], details: Omit<BusinessRuleDetails, 'path'> = {}): StaffcoreError<'BUSINESS_RULE'> {
  return new StaffcoreError('BUSINESS_RULE', message, { details: { path, ...details } });
}
