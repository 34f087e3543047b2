import { ListTimeClocksInput, type TimeClock } from '../../model/index.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';

/** What `timeClocks.list` found. */
export interface ListTimeClocksResult {
  /** The devices assigned to the record, oldest assignment first. */
  readonly items: readonly TimeClock[];
}

/** `timeClocks.list`: the time-clock devices assigned to a record. Refuses with `NOT_FOUND`, `FORBIDDEN`. */
export const listTimeClocks = defineAction({
  name: 'timeClocks.list',
  summary: 'Lists the devices assigned to a record.',
  input: ListTimeClocksInput,
  subject: 'time clock list',
  permission: 'customer.read',
  readOnly: true,
  async run(run, input): Promise<ListTimeClocksResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    return { items: await readAll((after) => run.tx.timeClocks.find({ where: { customerId: customer.id }, orderBy: 'assignedAt', limit: 1000, after })) };
  },
});
