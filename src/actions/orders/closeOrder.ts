import * as z from 'zod';
import { CloseOrderInput, Order } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';
import * as messages from '../../errors/messages.js';

/**
 * What `orders.close` produced.
 * @category Action results
 */
export const CloseOrderResult = z.strictObject({
  /** The order, now `closed`, with when (`closedAt`) and why (`closeReason`). */
  order: Order,
});
/**
 * What `orders.close` produced.
 * @category Action results
 */
export type CloseOrderResult = z.output<typeof CloseOrderResult>;

/**
 * The `orders.close` action; its documentation is on the `close` member of its group (`orders.ts`), where editors and the reference show it.
 * @category Action results
 */
export const closeOrder = defineAction({
  name: 'orders.close',
  summary: 'Closes an order whose assignments have ended.',
  input: CloseOrderInput,
  result: CloseOrderResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'BUSINESS_RULE'],
  subject: 'order',
  permission: 'order.close',
  correctsDeleted: true,
  async run(run, input): Promise<CloseOrderResult> {
    const { record: order } = await ownedRecordToChange(run, 'orders', input, (found) => (found.state === 'closed' ? messages.orderAlreadyClosed(found.id) : null));
    const active = await run.tx.assignments.count({ orderId: order.id, state: 'active' });
    if (active > 0) {
      throw businessRule(messages.orderHasActiveAssignments(order.id, active), ['id'], {
        activeAssignments: active,
      });
    }
    return { order: await run.tx.orders.update({ ...order, state: 'closed', closedAt: run.now, closeReason: input.reason }) };
  },
});
