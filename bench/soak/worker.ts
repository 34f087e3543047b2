/**
 * One soak worker process, started by the coordinator (`run.ts`) as `node --import tsx
 * bench/soak/worker.ts` with its configuration in `SOAK_WORKER`. It opens its own `pg` Pool
 * (application_name `staffcore-soak`, so the coordinator's terminations reach it), runs
 * `lanes` loops side by side, each a staffcore instance acting as its own administrator, and
 * each loop picks operations of the mix (`mix.ts`) until told to stop. Every call's outcome is
 * tallied by action and code and sent to the coordinator every second.
 */
import pg from 'pg';
import { allActions, createStaffcore, isStaffcoreError, standardRoles, type StaffcoreError } from '../../src/index.js';
import { postgresStore } from '../../src/adapters/postgres/index.js';
import { Known, operations, pickOperation, random, type MixContext } from './mix.js';
import { emptyTally, expectedCodes, soakApplicationName, type CoordinatorMessage, type Defect, type WorkerConfig, type WorkerMessage, type WorkerTally } from './protocol.js';

/** Defects kept with their stacks (the rest are only counted). */
const keptDefects = 20;

/**
 * SQLSTATEs a `STORE` error may carry while the coordinator terminates backends, or under
 * contention: the backend was terminated (57P01), the connection failed (class 08), a
 * serialization failure or deadlock that outlived the store's retries (40001, 40P01).
 */
const expectedSqlStates = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '40001', '40P01']);

/** The driver's messages for a connection that went away, when no SQLSTATE came with them. */
const lostConnection = /terminat|Connection ended|connection (?:is )?closed|ECONNRESET|EPIPE|Client has encountered a connection error|not queryable|has already ended/i;

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let at = error; at !== undefined && at !== null && chain.length < 5; at = (at as { cause?: unknown }).cause) chain.push(at);
  return chain;
}

/**
 * Whether a `STORE` error is one the soak provokes: a terminated or lost connection, or a
 * serialization failure the retries did not get past. Anything else (a constraint violation, a
 * syntax error) is a defect.
 * @param error - the `STORE` error
 */
export function isExpectedStoreError(error: StaffcoreError): boolean {
  const sqlState = 'sqlState' in error.details ? error.details.sqlState : undefined;
  if (typeof sqlState === 'string') return expectedSqlStates.has(sqlState);
  return causes(error).some((e) => e instanceof Error && lostConnection.test(e.message));
}

function storeKind(error: StaffcoreError): string {
  const sqlState = ('sqlState' in error.details ? error.details.sqlState : undefined) ?? 'none';
  const root = causes(error).at(-1);
  const text = (root instanceof Error ? root.message : error.message).replace(/\d+/g, 'N').slice(0, 70);
  return `${sqlState}: ${text}`;
}

function stackOf(error: unknown): string {
  return causes(error)
    .map((e, i) => `${i === 0 ? '' : 'caused by: '}${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
    .join('\n');
}

function shorten(input: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(input) ?? 'undefined';
  } catch {
    text = String(input);
  }
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

/** A worker's mutable tally, sent as a {@link WorkerTally}. */
class Tally {
  readonly byAction: Record<string, Record<string, number>> = {};
  readonly storeKinds: Record<string, number> = {};
  readonly defects: Defect[] = [];
  defectCount = 0;
  poolErrors = 0;

  count(action: string, outcome: string): void {
    const outcomes = (this.byAction[action] ??= {});
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }

  defect(defect: Defect): void {
    this.defectCount += 1;
    if (this.defects.length < keptDefects) this.defects.push(defect);
  }

  snapshot(): WorkerTally {
    return { ...emptyTally(), byAction: this.byAction, storeKinds: this.storeKinds, defects: this.defects, defectCount: this.defectCount, poolErrors: this.poolErrors };
  }
}

function send(message: WorkerMessage): void {
  if (process.connected) process.send?.(message);
}

async function main(): Promise<void> {
  const config = JSON.parse(process.env['SOAK_WORKER'] ?? 'null') as WorkerConfig | null;
  if (!config || typeof process.send !== 'function') {
    console.error('bench/soak/worker.ts is started by bench/soak/run.ts (npm run soak), not by hand.');
    process.exit(2);
  }
  const worker = `w${config.index}-${config.incarnation}`;
  const tally = new Tally();
  // Two connections a lane: a race or a double submit runs two actions of one lane at once.
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.lanes * 2 + 1, application_name: soakApplicationName });
  // A terminated idle connection is reported here; without a listener it would end the process.
  pool.on('error', () => {
    tally.poolErrors += 1;
  });
  const store = postgresStore({ client: pool, schema: config.schema });
  const known = new Known();
  let stopping = false;
  let started: () => void = () => undefined;
  const start = new Promise<void>((resolve) => (started = resolve));
  process.on('message', (message: CoordinatorMessage) => {
    if (message.type === 'start') started();
    if (message.type === 'stop') {
      stopping = true;
      started();
    }
  });
  // The coordinator went away: stop at once rather than write on unobserved.
  process.on('disconnect', () => process.exit(3));

  const call: MixContext['call'] = async (action, input, run) => {
    try {
      const result = await run();
      tally.count(action, 'ok');
      return result;
    } catch (error) {
      if (isStaffcoreError(error)) {
        tally.count(action, error.code);
        if (error.code === 'STORE') {
          const kind = storeKind(error);
          tally.storeKinds[kind] = (tally.storeKinds[kind] ?? 0) + 1;
          if (isExpectedStoreError(error)) return undefined;
        } else if (expectedCodes.has(error.code)) {
          return undefined;
        }
        tally.defect({ worker, action, code: error.code, message: error.message, stack: stackOf(error), input: shorten(input) });
        return undefined;
      }
      tally.count(action, 'non-StaffcoreError');
      tally.defect({ worker, action, code: 'non-StaffcoreError', message: error instanceof Error ? error.message : String(error), stack: stackOf(error), input: shorten(input) });
      return undefined;
    }
  };

  const instance = (actorId: string) =>
    createStaffcore({
      actions: allActions,
      store,
      actor: { id: actorId, name: `Soak ${actorId}`, branchId: config.companyBranchId, roles: [standardRoles.administrator] },
      integrations: { timeClock: true, twitter: true },
    });
  const lanes = Array.from({ length: config.lanes }, (_, lane): MixContext => {
    const actorId = `soak-${worker}-l${lane}`;
    const twinId = `${actorId}-twin`;
    return { sc: instance(actorId), actorId, twin: { sc: instance(twinId), actorId: twinId }, known, next: random(config.seed * 31 + lane), branchIds: config.branchIds, call };
  });

  // The mix's read-back, which every lane runs first so it has targets.
  const refresh = operations.find((op) => op.name === 'refresh')!;
  const ticker = setInterval(() => send({ type: 'tally', worker, tally: tally.snapshot() }), 1000);
  send({ type: 'ready', worker });
  await start;
  await Promise.all(
    lanes.map(async (ctx) => {
      await refresh.run(ctx);
      while (!stopping) await pickOperation(ctx.next).run(ctx);
    }),
  );
  clearInterval(ticker);
  send({ type: 'done', worker, tally: tally.snapshot() });
  await store.dispose();
  await pool.end().catch(() => undefined);
  process.disconnect?.();
}

main().catch((error: unknown) => {
  console.error(`soak worker failed: ${stackOf(error)}`);
  process.exit(1);
});
