import { Immer } from 'immer';
import { z } from 'zod';
import { StaffcoreError, messages, parseOrThrow } from '../../errors/index.js';
import { CustomerId, StatusCode, type Customer, type StatusChange } from '../../model/index.js';
import { statusOf } from '../../rules/statusOf.js';
import { conflictUnlessVersion } from '../_internal/conflictUnlessVersion.js';
import { getCustomerInScope, loadAccess, requirePermission } from '../_internal/access.js';
import type { ActionContext } from '../ActionContext.js';

/** A status change asked for by a rep. */
export interface ChangeStatusInput {
  /** The Customer ID. */
  readonly id: string;
  /** The new status code. */
  readonly to: string;
  /** Why; required for a deletion status (`X`). */
  readonly reason?: string;
  /** With a deletion status: the record this one duplicates. */
  readonly duplicateOfId?: string;
  /** Also change every department below the record, in the same atomic step. */
  readonly cascade?: boolean;
  /** The version read; when given, a newer stored version fails with `CONFLICT`. */
  readonly version?: number;
}

/** What a status change did. */
export interface ChangeStatusResult {
  /** The record the change was asked for, as saved. */
  readonly customer: Customer;
  /** Every record changed (the record first, then cascaded departments), as saved. */
  readonly changed: readonly Customer[];
  /** The audit records written, one per changed record. */
  readonly events: readonly StatusChange[];
}

const Input = z.object({
  id: CustomerId,
  to: StatusCode,
  reason: z.string().trim().min(1).max(500).optional(),
  duplicateOfId: CustomerId.optional(),
  cascade: z.boolean().default(false),
  version: z.number().int().positive().optional(),
});

const immer = new Immer({ autoFreeze: false });

/**
 * Changes a record's status and records who, when, from, to and why. A deletion status (`X`)
 * needs a reason and may name the record this one duplicates. With `cascade`, every department
 * below the record whose status differs changes too, all or nothing.
 *
 * @param ctx - the action context
 * @param input - the record, the new status, the reason, the cascade flag
 * @returns the changed records and the audit events
 * @throws StaffcoreError `VALIDATION` (unknown status, missing reason, same status, bad duplicate),
 * `NOT_FOUND`, `FORBIDDEN` (no `customer.changeStatus`, or a cascade reaching records outside the
 * actor's level), `CONFLICT`
 */
export async function changeCustomerStatus(ctx: ActionContext, input: ChangeStatusInput): Promise<ChangeStatusResult> {
  const asked = parseOrThrow(Input, input, 'status change');
  const target = statusOf(asked.to, ctx.statuses);
  if (target.isDeletion && asked.reason === undefined) {
    throw new StaffcoreError('VALIDATION', `Invalid status change: reason: ${messages.deletionNeedsReason}`, {
      details: { path: ['reason'] },
    });
  }
  if (asked.duplicateOfId !== undefined && !target.isDeletion) {
    throw new StaffcoreError('VALIDATION', 'Invalid status change: duplicateOfId: only a deletion status names a duplicate', {
      details: { path: ['duplicateOfId'] },
    });
  }
  requirePermission(ctx, 'customer.changeStatus');

  return ctx.store.transaction(async (tx) => {
    const access = await loadAccess(ctx, tx);
    const record = await getCustomerInScope(tx, access, asked.id);
    conflictUnlessVersion(record, asked.version);
    const affected = asked.cascade ? await tx.customers.subtree(record.id) : [record];
    const outside = affected.find((c) => !access.scope.has(c.branchId));
    if (outside) {
      throw new StaffcoreError('FORBIDDEN', `The cascade reaches customer ${outside.id}, outside the actor's hierarchy level`, {
        details: { id: outside.id },
      });
    }
    if (asked.duplicateOfId !== undefined) {
      const original = await getCustomerInScope(tx, access, asked.duplicateOfId, 'duplicateOfId');
      if (affected.some((c) => c.id === original.id)) {
        throw new StaffcoreError('VALIDATION', 'Invalid status change: duplicateOfId: a record cannot duplicate itself or a record being deleted with it', {
          details: { path: ['duplicateOfId'] },
        });
      }
    }
    const toChange = affected.filter((c) => c.status !== target.code);
    if (toChange.length === 0) {
      throw new StaffcoreError('VALIDATION', `Invalid status change: to: ${messages.statusUnchanged(target.code)}`, {
        details: { path: ['to'] },
      });
    }

    const at = ctx.clock.now().toISOString();
    const next = immer.produce(toChange, (drafts) => {
      for (const draft of drafts) {
        draft.status = target.code;
        draft.updatedAt = at;
        draft.updatedBy = ctx.actor.id;
        if (target.isDeletion && draft.id === record.id) draft.duplicateOfId = (asked.duplicateOfId ?? null) as Customer['duplicateOfId'];
      }
    });

    const changed: Customer[] = [];
    const events: StatusChange[] = [];
    for (const [index, updated] of next.entries()) {
      const before = toChange[index]!;
      const saved = await tx.customers.update(updated);
      changed.push(saved);
      events.push(
        await tx.statusChanges.insert({
          customerId: before.id,
          from: before.status,
          to: target.code,
          reason: asked.reason ?? null,
          duplicateOfId: before.id === record.id ? (asked.duplicateOfId ?? null) : null,
          cascadedFromId: before.id === record.id ? null : record.id,
          recordVersion: saved.version,
          at,
          by: ctx.actor.id,
        } as Parameters<typeof tx.statusChanges.insert>[0]),
      );
    }
    const customer = changed.find((c) => c.id === record.id) ?? record;
    return { customer, changed, events };
  });
}
