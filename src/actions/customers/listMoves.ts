import type * as z from 'zod';
import { CustomerMove, MoveHistoryInput, pageOf } from '../../model/index.js';
import { recordsInScope } from '../_internal/customerScope.js';
import { defineAction } from '../_internal/defineAction.js';
import { byTimeThenVersion } from '../_internal/historyOrder.js';
import { readAll } from '../_internal/readAll.js';

/**
 * What `customers.moveHistory` read: every recorded move, oldest first, in one page (`next` is `null`).
 * @category Action results
 */
export const MoveHistoryResult = pageOf(CustomerMove);
/**
 * What `customers.moveHistory` read.
 * @category Action results
 */
export type MoveHistoryResult = z.output<typeof MoveHistoryResult>;

/**
 * The `customers.moveHistory` action; its documentation is on the `moveHistory` member of its group (`customers.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listMoves = defineAction({
  name: 'customers.moveHistory',
  summary: 'Reads the recorded moves of a record, its subtree or its whole tree, oldest first.',
  input: MoveHistoryInput,
  result: MoveHistoryResult,
  refusals: ['NOT_FOUND'],
  subject: 'move history',
  permission: 'customer.read',
  readOnly: true,
  async run(run, { id, scope }): Promise<MoveHistoryResult> {
    const customer = await run.customer(id);
    const ids = (await recordsInScope(run, customer, scope)).map((record) => record.id);
    const moves = await readAll((after) => run.tx.customerMoves.find({ where: { customerId: ids }, orderBy: 'at', limit: 1000, after }));
    return { items: moves.sort(byTimeThenVersion), next: null };
  },
});
