import type * as z from 'zod';
import type { StaffcoreErrorCode } from '../../errors/index.js';
import type { Permission } from '../../model/index.js';
import type { ActionRun } from './ActionRun.js';

/**
 * One action, declared once: its public name, the schema its input must pass, the schema of its
 * result, the permission it needs, the refusals it can raise, and its own rule. Everything else
 * (parsing, the permission check, one transaction, the actor's scope, the audit events of its
 * writes, the `updatedAt`/`updatedBy` stamp) is done by `runAction`, so no action can forget a step.
 * @category Action types
 */
export interface ActionDefinition<N extends string = string, S extends z.ZodType = z.ZodType, R = unknown> {
  /** The public name, group then action: `customers.add`. Audit events record it. */
  readonly name: N;
  /** One line: what the action does. */
  readonly summary: string;
  /** The input schema (a strict object: unknown keys are refused). */
  readonly input: S;
  /** The result schema: every result the action returns passes it, and the result type is its output. */
  readonly result: z.ZodType<R>;
  /** The error codes the action refuses with, besides `VALIDATION`, `FORBIDDEN`, `BUSY`, `STORE` and `INTERNAL` (which any action can raise). */
  readonly refusals: readonly StaffcoreErrorCode[];
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
   * The action's own rule, inside the transaction. A host never calls it: `createStaffcore` runs
   * it with every step around it.
   * @internal
   * @param run - the transaction's repositories, the actor's scope and the helpers
   * @param input - the parsed input
   * @returns the action's result
   */
  run(run: ActionRun, input: z.output<S>): Promise<R>;
}

/**
 * Declares an action (see {@link ActionDefinition}); the type of its input and result follow
 * from the schema and the run function.
 * @category Action types
 */
export function defineAction<const N extends string, S extends z.ZodType, R>(definition: ActionDefinition<N, S, R>): ActionDefinition<N, S, R> {
  return Object.freeze({ ...definition });
}

/**
 * The input type of an action, as a caller writes it.
 * @category Action types
 */
export type InputOf<D> = D extends ActionDefinition<string, infer S, unknown> ? z.input<S> : never;

/**
 * The result type of an action.
 * @category Action types
 */
export type ResultOf<D> = D extends ActionDefinition<string, z.ZodType, infer R> ? R : never;
