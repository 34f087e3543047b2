import * as z from 'zod';
import { CloseOrderInput, Order } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';
import * as messages from '../../errors/messages.js';

/** What `orders.close` produced. */
export const CloseOrderResult = z.strictObject({
  /** The order, now `closed`, with when (`closedAt`) and why (`closeReason`). */
  order: Order,
});
/** What `orders.close` produced. */
export type CloseOrderResult = z.output<typeof CloseOrderResult>;

/**
 * `orders.close`: closes an order, recording when and why; it stops counting towards the
 * customer's credit exposure. Its active assignments must be ended first. Refuses with
 * `NOT_FOUND`, `FORBIDDEN` (no `order.close`), `CONFLICT`, `BUSINESS_RULE` (already closed, or
 * active assignments left — counted in `details.activeAssignments`).
 *
 * @example
 * ```ts
 * const { order } = await sc.orders.close({ id: '5', reason: 'Filled by the client directly' });
 * order.state //=> 'closed'
 * ```
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
