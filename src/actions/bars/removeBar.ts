import { RemoveBarInput, type Bar } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';
import * as messages from '../../errors/messages.js';

/**
 * `bars.remove`: lifts a do-not-assign bar, recording who lifted it, when and why; the bar stays
 * in `bars.list({ active: false })`. Refuses with `VALIDATION` (no reason), `FORBIDDEN` (no
 * `bar.edit`), `NOT_FOUND`, `CONFLICT`, `BUSINESS_RULE` (already lifted).
 */
export const removeBar = defineAction({
  name: 'bars.remove',
  summary: 'Lifts a bar, recording who and why.',
  input: RemoveBarInput,
  subject: 'bar',
  permission: 'bar.edit',
  correctsDeleted: true,
  async run(run, input): Promise<Bar> {
    const { record: bar } = await ownedRecordToChange(run, 'bars', input, (found) => (found.state === 'removed' ? messages.barAlreadyLifted(found.id) : null));
    return run.tx.bars.update({ ...bar, state: 'removed', removedAt: run.now, removedBy: run.actor.id, removalReason: input.reason });
  },
});
