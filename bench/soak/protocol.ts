/**
 * The messages between the soak's coordinator (`run.ts`) and its worker processes (`worker.ts`),
 * sent over the Node.js IPC channel of the child process, and the tallies they carry.
 */
import { errorCodes } from '../../src/errors/errorCodes.js';

/** The `application_name` of every connection the workers (and the feed tailer) open: the coordinator terminates these. */
export const soakApplicationName = 'staffcore-soak';

/** What a worker needs to know, handed over in the `SOAK_WORKER` environment variable as JSON. */
export interface WorkerConfig {
  /** The worker's slot (0 … workers − 1). */
  readonly index: number;
  /** Which incarnation of the slot this is: 0 first, 1 for the replacement of a killed worker, … */
  readonly incarnation: number;
  /** The PostgreSQL server. */
  readonly databaseUrl: string;
  /** The schema the coordinator migrated and seeded. */
  readonly schema: string;
  /** The branch level the workers act at (the hierarchy's root: they see every record). */
  readonly companyBranchId: string;
  /** Every level of the hierarchy, for `branchId` inputs. */
  readonly branchIds: readonly string[];
  /** The seed of the worker's random choices (derived from `--seed`, the slot and the incarnation). */
  readonly seed: number;
  /** How many actions the worker runs side by side (each lane its own actor and connection). */
  readonly lanes: number;
}

/** A worker's running totals: every call by action, with its outcome. */
export interface WorkerTally {
  /** Calls made, by action (`customers.add`), with the outcomes: `ok` or the refusal's code. */
  readonly byAction: Record<string, Record<string, number>>;
  /** `STORE` refusals by SQLSTATE (or `none`) and a short form of the message. */
  readonly storeKinds: Record<string, number>;
  /** Defects seen: an `INTERNAL` error, an error that is not a `StaffcoreError`, an unexpected `STORE`. */
  readonly defects: readonly Defect[];
  /** How many defects there were in all (only the first few are kept in `defects`). */
  readonly defectCount: number;
  /** Errors the worker's pool reported on idle connections (a terminated backend). */
  readonly poolErrors: number;
}

/** One defect: what was called, how it failed. */
export interface Defect {
  readonly worker: string;
  readonly action: string;
  /** The `StaffcoreError` code, or `non-StaffcoreError`. */
  readonly code: string;
  readonly message: string;
  /** The stack, with the causes' stacks. */
  readonly stack: string;
  /** The input, as JSON (shortened). */
  readonly input: string;
}

/** Worker → coordinator. */
export type WorkerMessage =
  /** Connected and ready to run. */
  | { readonly type: 'ready'; readonly worker: string }
  /** The running totals (sent every second, so a killed worker's work is still counted). */
  | { readonly type: 'tally'; readonly worker: string; readonly tally: WorkerTally }
  /** Stopped as asked: the final totals. */
  | { readonly type: 'done'; readonly worker: string; readonly tally: WorkerTally };

/** Coordinator → worker. */
export type CoordinatorMessage =
  /** Start the mix. */
  | { readonly type: 'start' }
  /** Finish the actions in flight, send `done`, exit. */
  | { readonly type: 'stop' };

/**
 * Codes a soak action may be refused with as part of the game: bad or stale targets, rules that
 * refuse, and a `STORE` error while the coordinator terminates connections. `INTERNAL` and
 * anything that is not a `StaffcoreError` are defects; so is a `STORE` error that no terminated
 * connection or retried serialization failure explains (see `isExpectedStoreError` in worker.ts).
 */
export const expectedCodes: ReadonlySet<string> = new Set(errorCodes.filter((code) => code !== 'INTERNAL'));

/** An empty tally. */
export function emptyTally(): WorkerTally {
  return { byAction: {}, storeKinds: {}, defects: [], defectCount: 0, poolErrors: 0 };
}
