import { RemoveBarInput, type Bar } from '../../model/index.js';
import { businessRule } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecord } from '../_internal/ownedRecord.js';

/**
 * `bars.remove`: lifts a do-not-assign bar, recording who lifted it, when and why; the bar stays
 * in `bars.list({ active: false })`. Refuses with `VALIDATION` (no reason), `FORBIDDEN` (no
 * `bar.edit`), `NOT_FOUND`, `CONFLICT`, `BUSINESS_RULE` (already lifted).
 */
export const removeBar = defineAction({
  input: RemoveBarInput,
  subject: 'bar',
  permission: 'bar.edit',
  async run(run, input): Promise<Bar> {
    const { record: bar } = await ownedRecord(run, 'bars', input.id, 'id');
    run.expectVersion(bar, input.version, 'bar');
    if (bar.state === 'removed') throw businessRule(`Bar ${bar.id} was already lifted`, ['id']);
    return run.tx.bars.update({ ...bar, state: 'removed', removedAt: run.now, removedBy: run.actor.id, removalReason: input.reason });
  },
});
