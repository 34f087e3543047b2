import type * as z from 'zod';
import { StaffcoreError, isStaffcoreError, parseOrThrow } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { loadAccess, requirePermission } from './access.js';
import type { ActionDefinition } from './defineAction.js';
import type { ActionEnvironment } from './ActionEnvironment.js';
import { TransactionRun, isAskedConflict } from './ActionRun.js';
import { WriteLog } from './recordWrites.js';
import type { Repositories } from '../../adapters/port/index.js';

/**
 * How many times an action runs when it meets a conflict its caller did not ask for (it gave no
 * version, but a record it read and wrote changed in between): the action starts over from fresh
 * reads; after the last attempt the `CONFLICT` surfaces.
 */
const unaskedConflictAttempts = 3;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Events appended per call: a bulk import's hundred thousand events go in statements of a bounded size. */
const appendChunk = 5000;

/** Whether a value is a Date of any realm (this one, a `vm` context, an iframe): `instanceof` sees only this realm's. */
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

function instantOf(env: ActionEnvironment, action: string): string {
  const now: unknown = env.clock.now();
  const time = isDate(now) ? Date.prototype.getTime.call(now) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new StaffcoreError('INTERNAL', messages.clockNotADate(action), { details: { action } });
  }
  return new Date(time).toISOString();
}

/**
 * Runs one action the one way every action runs: checks the actor's permission, parses the input
 * (unknown keys refused, staffcore's wording), then in one transaction loads the actor's scope,
 * runs the action's rule with repositories that record and stamp every write, and appends the
 * audit events of those writes last. A write action's reads of customer records lock their trees
 * first, and its writes are refused with `STATUS_BLOCKED` when they create or change anything a
 * deleted record holds (unless the action exists to correct deleted records). A refusal anywhere
 * rolls everything back. A `CONFLICT` the caller did not ask for (no version given: a concurrent
 * write between the action's read and its write) runs the action again from fresh reads, up to
 * three times. Whatever escapes is a `StaffcoreError`: anything else (a host callback that threw)
 * becomes `INTERNAL`.
 *
 * @param env - the store, the actor and the configuration
 * @param definition - the action
 * @param input - the caller's input, unchecked
 * @returns the action's result
 * @category Action results
 */
export function runAction<R>(env: ActionEnvironment, definition: ActionDefinition<string, z.ZodType, R>, input: unknown): Promise<R> {
  return checked(env, definition, input, async (now, parsed, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await env.store.transaction((raw) => step(env, definition, parsed, now, options, raw), options);
      } catch (error) {
        if (attempt >= unaskedConflictAttempts || !isStaffcoreError(error, 'CONFLICT') || isAskedConflict(error)) throw error;
        await pause(attempt * 5 + Math.floor(Math.random() * 10));
      }
    }
  });
}

/**
 * Runs one action inside a transaction already open (`sc.transaction`): the same steps as
 * {@link runAction}, on the transaction's repositories, with no retry (a conflict surfaces).
 *
 * @param env - the store, the actor and the configuration
 * @param definition - the action
 * @param input - the caller's input, unchecked
 * @param raw - the open transaction's repositories
 * @returns the action's result
 * @category Action results
 */
export function runActionIn<R>(env: ActionEnvironment, definition: ActionDefinition<string, z.ZodType, R>, input: unknown, raw: Repositories): Promise<R> {
  return checked(env, definition, input, (now, parsed, options) => step(env, definition, parsed, now, options, raw));
}

/**
 * The steps around an action's transaction: the permission, the parsed input, the instant; then
 * `work`. Whatever escapes is a `StaffcoreError` (anything else becomes `INTERNAL`).
 */
async function checked<R>(
  env: ActionEnvironment,
  definition: ActionDefinition<string, z.ZodType, R>,
  input: unknown,
  work: (now: string, parsed: unknown, options: { readonly readOnly: boolean }) => Promise<R>,
): Promise<R> {
  const action = definition.name;
  try {
    requirePermission(env.actor, definition.permission);
    const parsed = parseOrThrow(definition.input, input ?? {}, definition.subject);
    return await work(instantOf(env, action), parsed, { readOnly: definition.readOnly === true });
  } catch (error) {
    if (isStaffcoreError(error)) throw error;
    throw new StaffcoreError('INTERNAL', messages.unexpected(action), { cause: error, details: { action } });
  }
}

/** The action's work in a transaction: scope, rule, recorded writes, audit events last. */
async function step<R>(
  env: ActionEnvironment,
  definition: ActionDefinition<string, z.ZodType, R>,
  parsed: unknown,
  now: string,
  options: { readonly readOnly: boolean },
  raw: Repositories,
): Promise<R> {
  // A read-only action writes nothing: no write log, and its reads need not be remembered for the audit trail.
  // An action that exists to correct deleted records may change what they hold; no other may.
  const log = options.readOnly
    ? null
    : new WriteLog({ now, actorId: env.actor.id }, definition.correctsDeleted ? null : (status: string) => env.statuses.statuses.some((s) => s.code === status && s.isDeletion));
  const { hierarchy, scope } = await loadAccess(env.store, env.actor, raw);
  // The environment's actor, statuses, standardizer, integrations, reports and custom fields, and the transaction's own parts.
  const run = new TransactionRun({ ...env, now, tx: log ? log.wrap(raw) : raw, hierarchy, scope, locking: log !== null });
  const result = await definition.run(run, parsed);
  if (log) {
    const events = log.events(definition.name);
    for (let offset = 0; offset < events.length; offset += appendChunk) await raw.audit.append(events.slice(offset, offset + appendChunk));
  }
  return result;
}
