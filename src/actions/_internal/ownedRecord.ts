import type { Repository } from '../../adapters/port/index.js';
import { entities, type RecordOf } from '../../adapters/port/entities.js';
import type { Customer } from '../../model/index.js';
import { notFound, type ActionRun } from './ActionRun.js';

/** The kinds of record that belong to one customer record and are reached by their own id. */
export type OwnedEntity = 'orders' | 'assignments' | 'bars' | 'invoices' | 'contacts' | 'tasks';

/**
 * Reads a record that belongs to a customer, when the actor may see that customer; otherwise it
 * reads as not found, like the customer itself.
 * @param run - the action's run
 * @param entity - the kind of record
 * @param id - its id
 * @param field - the input field that named it
 * @returns the record and its customer
 * @throws StaffcoreError `NOT_FOUND` naming the field
 */
export async function ownedRecord<E extends OwnedEntity>(
  run: ActionRun,
  entity: E,
  id: string,
  field: string,
): Promise<{ readonly record: RecordOf<E>; readonly customer: Customer }> {
  const repository = run.tx[entity] as unknown as Repository<E>;
  const record = await repository.get(id);
  const owner = record ? await run.tx.customers.get((record as { customerId: string }).customerId) : null;
  if (!record || !owner || !run.scope.has(owner.branchId)) throw notFound(entities[entity].label, id, field);
  return { record, customer: owner };
}
