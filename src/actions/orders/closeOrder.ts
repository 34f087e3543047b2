import { CloseOrderInput, type Order } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';
import * as messages from '../../errors/messages.js';

/**
 * `orders.close`: closes an order, recording when and why; it stops counting towards the
 * customer's credit exposure. Its active assignments must be ended first. Refuses with
 * `NOT_FOUND`, `FORBIDDEN` (no `order.close`), `CONFLICT`, `BUSINESS_RULE` (already closed, or
 * active assignments left — counted in `details.activeAssignments`).
 */
export const closeOrder = defineAction({
  name: 'orders.close',
  summary: 'Closes an order whose assignments have ended.',
  input: CloseOrderInput,
  subject: 'order',
  permission: 'order.close',
  correctsDeleted: true,
  async run(run, input): Promise<Order> {
    const { record: order } = await ownedRecordToChange(run, 'orders', input, (found) => (found.state === 'closed' ? messages.orderAlreadyClosed(found.id) : null));
    const active = await run.tx.assignments.count({ orderId: order.id, state: 'active' });
    if (active > 0) {
      throw businessRule(messages.orderHasActiveAssignments(order.id, active), ['id'], {
        activeAssignments: active,
      });
    }
    return run.tx.orders.update({ ...order, state: 'closed', closedAt: run.now, closeReason: input.reason });
  },
});
