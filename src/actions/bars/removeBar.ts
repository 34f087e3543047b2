import * as z from 'zod';
import { Bar, RemoveBarInput } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { ownedRecordToChange } from '../_internal/ownedRecord.js';
import * as messages from '../../errors/messages.js';

/**
 * What `bars.remove` produced.
 * @category Action results
 */
export const RemoveBarResult = z.strictObject({
  /** The bar, now `removed`, with who lifted it, when and why. */
  bar: Bar,
});
/**
 * What `bars.remove` produced.
 * @category Action results
 */
export type RemoveBarResult = z.output<typeof RemoveBarResult>;

/**
 * The `bars.remove` action; its documentation is on the `remove` member of its group (`bars.ts`), where editors and the reference show it.
 * @category Action results
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
