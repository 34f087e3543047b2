import * as z from 'zod';
import { Bar, RemoveBarInput } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';
import * as messages from '../../errors/messages.js';

/** What `bars.remove` produced. */
export const RemoveBarResult = z.strictObject({
  /** The bar, now `removed`, with who lifted it, when and why. */
  bar: Bar,
});
/** What `bars.remove` produced. */
export type RemoveBarResult = z.output<typeof RemoveBarResult>;

/**
 * `bars.remove`: lifts a do-not-assign bar, recording who lifted it, when and why; the bar stays
 * in `bars.list({ active: false })`. Refuses with `VALIDATION` (no reason), `FORBIDDEN` (no
 * `bar.edit`), `NOT_FOUND`, `CONFLICT`, `BUSINESS_RULE` (already lifted).
 *
 * @example
 * ```ts
 * const { bar } = await sc.bars.remove({ id: '2', reason: 'Retrained' });
 * bar.state //=> 'removed'
 * ```
 */
export const removeBar = defineAction({
  name: 'bars.remove',
  summary: 'Lifts a bar, recording who and why.',
  input: RemoveBarInput,
  result: RemoveBarResult,
  refusals: ['NOT_FOUND', 'CONFLICT', 'BUSINESS_RULE'],
  subject: 'bar',
  permission: 'bar.edit',
  correctsDeleted: true,
  async run(run, input): Promise<RemoveBarResult> {
    const { record: bar } = await ownedRecordToChange(run, 'bars', input, (found) => (found.state === 'removed' ? messages.barAlreadyLifted(found.id) : null));
    return { bar: await run.tx.bars.update({ ...bar, state: 'removed', removedAt: run.now, removedBy: run.actor.id, removalReason: input.reason }) };
  },
});
