import type * as z from 'zod';
import type { Permission } from '../../model/index.js';
import type { ActionRun } from './ActionRun.js';

/**
 * One action, declared once: the schema its input must pass, the permission it needs, and its
 * own rule. Everything else (parsing, the permission check, one transaction, the actor's scope,
 * the audit events of its writes, the `updatedAt`/`updatedBy` stamp) is done by `runAction`, so no
 * action can forget a step.
 */
export interface ActionDefinition<S extends z.ZodType = z.ZodType, R = unknown> {
  /** The input schema (a strict object: unknown keys are refused). */
  readonly input: S;
  /** What the input describes, for messages: `Invalid customer: name: must not be blank`. */
  readonly subject: string;
  /** The permission the actor's roles must grant. */
  readonly permission: Permission;
  /**
   * The action only reads: it runs as a read-only transaction (on PostgreSQL without BEGIN and
   * COMMIT), and any write it attempted would fail with `STORE`.
   */
  readonly readOnly?: boolean;
  /**
   * The action exists to correct or clean up a deleted record (end an assignment, close an order,
   * complete a task, deactivate a contact, lift a bar, remove a favorite, change the status back):
   * it may change what a record of a deletion status (`X`) holds. Every other action that writes
   * anything a deleted record holds, or the deleted record itself, is refused with `STATUS_BLOCKED`
   * by `runAction`, whatever its own rule checked.
   */
  readonly correctsDeleted?: boolean;
  /**
   * The action's own rule, inside the transaction.
   * @param run - the transaction's repositories, the actor's scope and the helpers
   * @param input - the parsed input
   * @returns the action's result
   */
  readonly run: (run: ActionRun, input: z.output<S>) => Promise<R>;
}

/**
 * Declares an action (see {@link ActionDefinition}); the type of its input and result follow
 * from the schema and the run function.
 */
export function defineAction<S extends z.ZodType, R>(definition: ActionDefinition<S, R>): ActionDefinition<S, R> {
  return Object.freeze({ ...definition });
}

/** The input type of an action, as a caller writes it. */
export type InputOf<D> = D extends ActionDefinition<infer S, unknown> ? z.input<S> : never;

/** The result type of an action. */
export type ResultOf<D> = D extends ActionDefinition<z.ZodType, infer R> ? R : never;
