import { StaffcoreError } from '../../../errors/index.js';
import * as messages from '../../../errors/messages.js';
import type { PostgresClient, PostgresPool, PostgresPoolConnection, PostgresQueryable } from '../PostgresClient.js';

/** SQLSTATEs after which the whole transaction is run again: serialization failure, deadlock. */
const retryableStates = new Set(['40001', '40P01']);
/** How many times a transaction is tried before a serialization failure or deadlock surfaces. */
export const maxAttempts = 4;

/** The waits a store bounds when its options leave them out: 5 s for a lock, 30 s for a statement. */
export const defaultTimeouts: Timeouts = { lockTimeout: 5000, statementTimeout: 30_000 };

function sqlStateOf(error: unknown): string | undefined {
  if (error instanceof StaffcoreError) return undefined;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Which bounded wait ran out, if any: a lock timeout (`55P03`), or a statement cancelled by the
 * statement timeout (`57014` says so in its message; a cancel asked for by someone is not one).
 */
function busyOf(sqlState: string | undefined, error: unknown): 'lock' | 'statement' | undefined {
  if (sqlState === '55P03') return 'lock';
  if (sqlState === '57014' && /statement timeout/i.test(error instanceof Error ? error.message : '')) return 'statement';
  return undefined;
}

/** The unique index that holds one active assignment of an employee per order. */
const oneActiveAssignment = 'assignments_one_active_employee_idx';

/** How long a transaction waits, at most: for a lock, and for one statement (milliseconds, 0 for no limit). */
export interface Timeouts {
  readonly lockTimeout: number;
  readonly statementTimeout: number;
}

/**
 * Wraps a driver error: the caller sees a `STORE` StaffcoreError (or `BUSY` for a lock or statement
 * timeout), the driver's error is its `cause`.
 */
export function storeError(operation: string, error: unknown): StaffcoreError {
  if (error instanceof StaffcoreError) return error;
  const sqlState = sqlStateOf(error);
  const busy = busyOf(sqlState, error);
  if (busy !== undefined) return new StaffcoreError('BUSY', messages.busy(operation, busy), { cause: error, details: sqlState === undefined ? { operation } : { operation, sqlState } });
  // A unique index refused a row a concurrent transaction committed first (one active assignment of
  // an employee per order): a conflict the caller did not ask for, so the action runs again and its
  // own rule then refuses with its reason.
  if (sqlState === '23505' && (error as { constraint?: unknown }).constraint === oneActiveAssignment) return new StaffcoreError('CONFLICT', messages.uniqueTaken(operation), { cause: error, details: { operation, sqlState } });
  const reason = error instanceof Error ? `: ${error.message}` : '';
  return new StaffcoreError('STORE', `${messages.storeFailed(operation)}${reason}`, {
    cause: error,
    details: sqlState === undefined ? { operation } : { operation, sqlState },
  });
}

/** Whether running the transaction again may succeed (serialization failure or deadlock). */
export function isRetryable(error: unknown): boolean {
  const state = error instanceof StaffcoreError ? sqlStateOf(error.cause) : sqlStateOf(error);
  return state !== undefined && retryableStates.has(state);
}

/**
 * One transaction's connection. Remembers the first failed statement: PostgreSQL aborts the
 * transaction on any error, and a `COMMIT` of an aborted transaction silently rolls back, so a
 * transaction whose work swallowed an error must fail rather than report success.
 */
export class Connection {
  private failure: unknown = undefined;
  private closed = false;

  /**
   * @param queryable - the driver's connection
   * @param transactional - whether the work runs between BEGIN and COMMIT; read-only work does
   *   not, and each of its statements commits on its own
   */
  constructor(
    private readonly queryable: PostgresQueryable,
    readonly transactional = true,
    private readonly savepoint = false,
  ) {}

  /** Runs one statement in the transaction; a driver error becomes a `STORE` error. */
  async query<R = Record<string, unknown>>(operation: string, text: string, params?: unknown[]): Promise<R[]> {
    if (this.closed) {
      throw new StaffcoreError('STORE', messages.transactionEnded(operation), { details: { operation } });
    }
    try {
      const result = await this.queryable.query(text, params);
      return result.rows as R[];
    } catch (error) {
      if (this.failure === undefined) this.failure = error;
      throw storeError(operation, error);
    }
  }

  /** Ends the transaction: commits, or rolls back when `work` failed or a statement did. */
  async finish(outcome: { ok: true } | { ok: false; error: unknown }): Promise<void> {
    this.closed = true;
    if (!this.transactional) {
      // Nothing to commit or roll back: each statement ended on its own.
      if (!outcome.ok) throw outcome.error;
      if (this.failure !== undefined) throw storeError('transaction (a statement failed)', this.failure);
      return;
    }
    if (outcome.ok && this.failure === undefined) {
      try {
        await this.queryable.query(this.savepoint ? `RELEASE SAVEPOINT ${savepointName}` : 'COMMIT');
        return;
      } catch (error) {
        // After a failed COMMIT the session's state is not worth trusting: a pool drops the connection.
        throw new BrokenConnection(storeError('COMMIT', error), error);
      }
    }
    try {
      if (this.savepoint) {
        await this.queryable.query(`ROLLBACK TO SAVEPOINT ${savepointName}`);
        await this.queryable.query(`RELEASE SAVEPOINT ${savepointName}`);
      } else {
        await this.queryable.query('ROLLBACK');
      }
    } catch (error) {
      throw new BrokenConnection(outcome.ok ? storeError('transaction', this.failure) : outcome.error, error);
    }
    if (!outcome.ok) throw isRetryable(this.failure) ? storeError('transaction', this.failure) : outcome.error;
    throw storeError('transaction (a statement failed and the transaction was rolled back)', this.failure);
  }
}

/** BEGIN, COMMIT or ROLLBACK failed: the connection's state is unknown, so a pool must not reuse it. */
class BrokenConnection extends Error {
  constructor(
    readonly original: unknown,
    cause: unknown,
  ) {
    super('rollback failed', { cause });
  }
}

/** The savepoint a store inside the host's transaction runs each of its transactions in. */
const savepointName = 'staffcore_transaction';

/**
 * Runs `work` inside the transaction the host holds open on `queryable`, in a savepoint: released
 * when `work` succeeds, rolled back to when it fails, so a refusal leaves nothing and the host's
 * transaction stays usable. The host's COMMIT or ROLLBACK decides the rest; the bounded waits are
 * the host's to set.
 */
async function inSavepoint<R>(queryable: PostgresQueryable, work: (connection: Connection) => Promise<R>): Promise<R> {
  try {
    await queryable.query(`SAVEPOINT ${savepointName}`);
  } catch (error) {
    throw storeError('SAVEPOINT (the client must be inside a transaction the host began)', error);
  }
  return finished(new Connection(queryable, true, true), work);
}

/** Runs `work` on a transaction's connection and ends it: committed when `work` resolves, rolled back when it throws. */
async function finished<R>(connection: Connection, work: (connection: Connection) => Promise<R>): Promise<R> {
  let result: R;
  try {
    result = await work(connection);
  } catch (error) {
    await connection.finish({ ok: false, error });
    throw error;
  }
  await connection.finish({ ok: true });
  return result;
}

async function inTransaction<R>(queryable: PostgresQueryable, work: (connection: Connection) => Promise<R>, readOnly: boolean, timeouts: Timeouts, host: boolean): Promise<R> {
  if (host) return inSavepoint(queryable, work);
  if (!readOnly) {
    try {
      await queryable.query('BEGIN');
    } catch (error) {
      throw new BrokenConnection(storeError('BEGIN', error), error);
    }
  }
  const connection = new Connection(queryable, !readOnly);
  if (!readOnly) {
    // Bounded waits, for this transaction only (SET LOCAL): a lock not granted in time fails with BUSY.
    // No JIT: an action's statements touch few rows, and on a table never analyzed the planner's
    // estimates run to millions, so compiling (hundreds of ms) would cost more than the statement.
    try {
      await connection.query('BEGIN', "SELECT set_config('lock_timeout', $1, true), set_config('statement_timeout', $2, true), set_config('jit', 'off', true)", [
        `${timeouts.lockTimeout}ms`,
        `${timeouts.statementTimeout}ms`,
      ]);
    } catch (error) {
      await connection.finish({ ok: false, error });
      throw error;
    }
  }
  return finished(connection, work);
}

/** Whether a client lends connections (a `pg` Pool) rather than being one (a `pg` Client, PGlite). */
export function isPool(client: PostgresClient): client is PostgresPool {
  const candidate = client as Partial<PostgresPool> & { release?: unknown; connectionParameters?: unknown };
  // A pg Client has connect() too (to open itself); it carries connectionParameters, a Pool does not.
  return typeof candidate.connect === 'function' && typeof candidate.release !== 'function' && candidate.connectionParameters === undefined;
}

/** A driver's connection that reports a lost connection as an `'error'` event (a `pg` Client). */
interface EmitsErrors {
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

const emitsErrors = (client: unknown): client is EmitsErrors =>
  typeof (client as Partial<EmitsErrors> | null)?.on === 'function' && typeof (client as Partial<EmitsErrors>).removeListener === 'function';

/**
 * Listens for `'error'` events on a connection while the store holds it. A `pg` connection whose
 * backend goes away (a failover, an idle-in-transaction timeout, a network reset) emits one, and
 * an `'error'` event nobody listens to ends the Node.js process. The statement in flight fails
 * on its own (a `STORE` error); the listener only remembers the loss, so the connection is
 * discarded rather than reused. PGlite emits no such events.
 */
function watchErrors(client: unknown): { readonly lost: () => Error | null; readonly stop: () => void } {
  if (!emitsErrors(client)) return { lost: () => null, stop: () => undefined };
  let lost: Error | null = null;
  const listener = (error: Error) => {
    lost ??= error;
  };
  client.on('error', listener);
  return { lost: () => lost, stop: () => void client.removeListener('error', listener) };
}

async function onPool<R>(pool: PostgresPool, work: (connection: Connection) => Promise<R>, readOnly: boolean, timeouts: Timeouts): Promise<R> {
  let lent: PostgresPoolConnection;
  try {
    lent = await pool.connect();
  } catch (error) {
    throw storeError('connect', error);
  }
  if (typeof lent?.query !== 'function' || typeof lent.release !== 'function') {
    throw new StaffcoreError('STORE', messages.poolConnectBroken);
  }
  const watch = watchErrors(lent);
  // A connection that broke is handed back as broken, so the pool closes it instead of lending it again.
  const release = (broken: unknown) => {
    const cause = broken ?? watch.lost();
    lent.release(cause instanceof Error ? cause : cause ? new Error('staffcore: connection broken') : undefined);
    // The listener stays until the pool has dealt with the connection: a late 'error' must not end the process.
    setImmediate(watch.stop);
  };
  try {
    const result = await inTransaction(lent, work, readOnly, timeouts, false);
    release(null);
    return result;
  } catch (error) {
    if (error instanceof BrokenConnection) {
      release(error);
      throw error.original;
    }
    release(null);
    throw error;
  }
}

/** Transactions waiting for a single connection, per client: one runs at a time. */
const queues = new WeakMap<object, Promise<unknown>>();

function serialized<R>(client: object, task: () => Promise<R>): Promise<R> {
  const result = (queues.get(client) ?? Promise.resolve()).then(task);
  queues.set(client, result.catch(() => undefined));
  return result;
}

/**
 * The loss of each single connection the store has run a transaction on. The listener stays for
 * the connection's lifetime: a `pg` Client whose backend goes away between two transactions emits
 * `'error'` then too, and cannot reconnect, so every later transaction fails at once with `STORE`.
 */
const singleConnections = new WeakMap<object, { readonly lost: () => Error | null }>();

async function onSingleConnection<R>(client: PostgresQueryable, work: (connection: Connection) => Promise<R>, readOnly: boolean, timeouts: Timeouts, host: boolean): Promise<R> {
  let watch = singleConnections.get(client);
  if (!watch) singleConnections.set(client, (watch = watchErrors(client)));
  return serialized(client, async () => {
    const lost = watch.lost();
    if (lost) throw storeError('BEGIN (the connection was lost earlier)', lost);
    try {
      return await inTransaction(client, work, readOnly, timeouts, host);
    } catch (error) {
      throw error instanceof BrokenConnection ? error.original : error;
    }
  });
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in a transaction on `client`: on a pool, on a connection of its own; on a single
 * connection, after the transactions before it. A serialization failure or deadlock runs the whole
 * of `work` again, up to {@link maxAttempts} times. `readOnly` work runs without BEGIN and COMMIT.
 */
export async function runTransaction<R>(
  client: PostgresClient,
  work: (connection: Connection) => Promise<R>,
  options: { readonly readOnly?: boolean; readonly timeouts?: Timeouts; readonly hostTransaction?: boolean } = {},
): Promise<R> {
  const readOnly = options.readOnly === true;
  const host = options.hostTransaction === true;
  const timeouts = options.timeouts ?? defaultTimeouts;
  for (let attempt = 1; ; attempt++) {
    try {
      return await (isPool(client) && !host ? onPool(client, work, readOnly, timeouts) : onSingleConnection(client, work, readOnly, timeouts, host));
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryable(error)) throw error;
      // A short, growing, jittered pause lets the transaction that won finish first.
      await pause(attempt * 5 + Math.floor(Math.random() * 10));
    }
  }
}
