import { entityNames, type EntityName } from '../../adapters/port/index.js';
import { fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import type * as z from 'zod';
import { AuditEvent, AuditListInput, pageOf, type BranchId, type CustomerId } from '../../model/index.js';
import type { ActionRun } from '../_internal/ActionRun.js';
import { notFound } from '../_internal/ActionRun.js';
import { recordsInScope } from '../_internal/customerScope.js';
import { defineAction } from '../_internal/defineAction.js';
import { readAll } from '../_internal/readAll.js';

/**
 * One page of a record's audit trail (`audit.list`): its events oldest first, and the cursor of the next page (`null` on the last).
 * @category Action results
 */
export const AuditListResult = pageOf(AuditEvent);
/**
 * One page of a record's audit trail.
 * @category Action results
 */
export type AuditListResult = z.output<typeof AuditListResult>;

const isEntity = (entity: string): entity is EntityName => (entityNames as readonly string[]).includes(entity);

/** Checks that the record exists and that the actor may see it: its own branch, or its customer's. */
async function checkVisible(run: ActionRun, entity: EntityName, id: string): Promise<void> {
  if (entity === 'customers') {
    await run.customer(id as CustomerId);
    return;
  }
  if (entity === 'branches') {
    run.branch(id as BranchId, 'id');
    return;
  }
  const record: object | null = await run.tx[entity].get(id);
  if (record === null) throw notFound(entity, id, 'id');
  if ('customerId' in record && typeof record.customerId === 'string') {
    const owner = await run.tx.customers.get(record.customerId);
    if (owner && run.scope.has(owner.branchId)) return;
  } else if ('branchId' in record && typeof record.branchId === 'string') {
    if (run.scope.has(record.branchId)) return;
  } else {
    return;
  }
  throw notFound(entity, id, 'id');
}

/**
 * The trails of the records of a customer's subtree or tree, merged in feed order and paged by
 * event id (the feed position): each page reads the trails of every record in the view, so it
 * costs what the view's history holds.
 */
async function treeTrail(run: ActionRun, id: CustomerId, scope: 'subtree' | 'master', limit: number, after: string | null): Promise<AuditListResult> {
  if (after !== null && !/^\d{1,19}$/.test(after)) throw fieldError('audit query', ['after'], messages.notACursor);
  const records = await recordsInScope(run, await run.customer(id), scope);
  const events: AuditEvent[] = [];
  for (const record of records) {
    events.push(...(await readAll((cursor) => run.tx.audit.forRecord({ entity: 'customers', recordId: record.id, limit: 1000, after: cursor }))));
  }
  const position = (event: AuditEvent) => BigInt(event.id);
  const from = after === null ? -1n : BigInt(after);
  const ordered = events.filter((event) => position(event) > from).sort((a, b) => (position(a) < position(b) ? -1 : 1));
  const items = ordered.slice(0, limit);
  return { items, next: ordered.length > limit ? items[items.length - 1]!.id : null };
}

/**
 * The `audit.list` action; its documentation is on the `list` member of its group (`audit.ts`), where editors and the reference show it.
 * @category Action results
 */
export const listAuditTrail = defineAction({
  name: 'audit.list',
  summary: "Reads one record's audit trail, oldest first.",
  input: AuditListInput,
  result: AuditListResult,
  refusals: ['NOT_FOUND'],
  subject: 'audit query',
  permission: 'audit.read',
  readOnly: true,
  async run(run, query): Promise<AuditListResult> {
    if (!isEntity(query.entity)) throw fieldError('audit query', ['entity'], messages.unknownEntity(query.entity, entityNames));
    await checkVisible(run, query.entity, query.id);
    if (query.scope === 'account') {
      const page = await run.tx.audit.forRecord({ entity: query.entity, recordId: query.id, limit: query.limit, after: query.after ?? null });
      return { items: page.items, next: page.next };
    }
    if (query.entity !== 'customers') throw fieldError('audit query', ['scope'], messages.scopeOnlyForCustomers);
    return treeTrail(run, query.id as CustomerId, query.scope, query.limit, query.after ?? null);
  },
});
