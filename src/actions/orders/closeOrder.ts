import { CloseOrderInput, type Order } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecord } from '../_internal/ownedRecord.js';

/**
 * `orders.close`: closes an order, recording when and why; it stops counting towards the
 * customer's credit exposure. Its active assignments must be ended first. Refuses with
 * `NOT_FOUND`, `FORBIDDEN` (no `order.close`), `CONFLICT`, `BUSINESS_RULE` (already closed, or
 * active assignments left — counted in `details.activeAssignments`).
 */
export const closeOrder = defineAction({
  input: CloseOrderInput,
  subject: 'order',
  permission: 'order.close',
  async run(run, input): Promise<Order> {
    const { record: order } = await ownedRecord(run, 'orders', input.id, 'id');
    run.expectVersion(order, input.version, 'order');
    if (order.state === 'closed') throw businessRule(`Order ${order.id} is already closed`, ['id']);
    const active = await run.tx.assignments.count({ orderId: order.id, state: 'active' });
    if (active > 0) {
      throw businessRule(`Order ${order.id} has ${active} active assignment${active === 1 ? '' : 's'}; end ${active === 1 ? 'it' : 'them'} before closing the order`, ['id'], {
        activeAssignments: active,
      });
    }
    return run.tx.orders.update({ ...order, state: 'closed', closedAt: run.now, closeReason: input.reason });
  },
});
