/**
 * The soak (`npm run soak`): worker processes run a random mix of every writing action against a
 * PostgreSQL server while the coordinator terminates their connections and kills a worker, then
 * the invariants are checked over the whole change feed and every stored row.
 *
 * ```sh
 * DATABASE_URL=postgres://root@127.0.0.1:5432/test npm run soak -- --workers 3 --seconds 60
 * ```
 *
 * Options: `--workers N` (4), `--seconds S` (120), `--terminate-every S` (20), `--lanes N` (actions
 * each worker runs side by side, 2), `--seed N` (random by default; printed), `--keep` (keep the
 * `soak_<pid>` schema for a look afterwards). Exits 0 when every invariant holds and no defect was
 * seen, 1 otherwise, 2 on a usage error (no DATABASE_URL).
 *
 * 1. A fresh schema `soak_<pid>`: `migrate`, a hierarchy of three levels, seeded customer trees (seed.ts).
 * 2. A reader tails the change feed throughout (on a connection that is terminated too).
 * 3. N workers (worker.ts, each `node --import tsx` so a SIGKILL reaches the process itself), each
 *    with its own pool (application_name `staffcore-soak`), run the mix (mix.ts).
 * 4. Every `--terminate-every` seconds the coordinator terminates every `staffcore-soak` backend;
 *    halfway it SIGKILLs worker 0 and starts a replacement.
 * 5. The workers stop; the feed and every stored row are read; the invariants (invariants.ts) run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { allActions, createStaffcore, isStaffcoreError, standardRoles, type AuditEvent } from '../../src/index.js';
import { migrate, postgresStore } from '../../src/adapters/postgres/index.js';
import { entityNames, isAudited, type Page, type Store } from '../../src/adapters/port/index.js';
import { checkInvariants, type InvariantResult, type Row } from './invariants.js';
import { writingActions } from './mix.js';
import { emptyTally, soakApplicationName, type CoordinatorMessage, type Defect, type WorkerConfig, type WorkerMessage, type WorkerTally } from './protocol.js';
import { seedSoak, type Seeded } from './seed.js';

/** The soak's options, from the command line. */
interface Options {
  readonly workers: number;
  readonly seconds: number;
  readonly terminateEvery: number;
  readonly lanes: number;
  readonly seed: number;
  readonly keep: boolean;
}

const usage = 'usage: DATABASE_URL=postgres://… npm run soak -- [--workers N] [--seconds S] [--terminate-every S] [--lanes N] [--seed N] [--keep]';

function positive(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`npm run soak: --${name} must be a positive whole number, not "${text}"\n${usage}`);
    process.exit(2);
  }
  return value;
}

function parseOptions(): Options {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        workers: { type: 'string' },
        seconds: { type: 'string' },
        'terminate-every': { type: 'string' },
        lanes: { type: 'string' },
        seed: { type: 'string' },
        keep: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`npm run soak: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
  return {
    workers: positive(values.workers, 4, 'workers'),
    seconds: positive(values.seconds, 120, 'seconds'),
    terminateEvery: positive(values['terminate-every'], 20, 'terminate-every'),
    lanes: positive(values.lanes, 2, 'lanes'),
    seed: positive(values.seed, 1 + Math.floor(Math.random() * 1_000_000), 'seed'),
    keep: values.keep === true,
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One worker process and what it reported. */
interface Slot {
  readonly name: string;
  readonly child: ChildProcess;
  tally: WorkerTally;
  killedByUs: boolean;
  stopped: boolean;
  readonly ready: Promise<void>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const workerPath = fileURLToPath(new URL('./worker.ts', import.meta.url));

function spawnWorker(config: WorkerConfig): Slot {
  // `node --import tsx` rather than the tsx CLI: the CLI runs the script in a child process of its
  // own, which a SIGKILL of the CLI would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', workerPath], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, SOAK_WORKER: JSON.stringify(config) },
  });
  let ready!: () => void;
  let failed!: (error: Error) => void;
  const name = `w${config.index}-${config.incarnation}`;
  const slot: Slot = {
    name,
    child,
    tally: emptyTally(),
    killedByUs: false,
    stopped: false,
    ready: new Promise<void>((resolve, reject) => ((ready = resolve), (failed = reject))),
    exited: new Promise((resolve) =>
      child.on('exit', (code, signal) => {
        // After `ready` this does nothing; before it, the worker could not start.
        failed(new Error(`soak worker ${name} exited before it was ready (code ${code}, signal ${signal})`));
        resolve({ code, signal });
      }),
    ),
  };
  child.on('message', (message: WorkerMessage) => {
    if (message.type === 'ready') ready();
    else slot.tally = message.tally;
  });
  return slot;
}

function tell(slot: Slot, message: CoordinatorMessage): void {
  if (slot.child.connected) slot.child.send(message);
}

/** Reads the change feed from the start while the workers write, then catches up to the end. */
function tailFeed(store: Store, branchId: string) {
  const sc = createStaffcore({ actions: allActions, store, actor: { id: 'soak-tail', name: 'Soak feed reader', branchId, roles: [standardRoles.administrator] } });
  const ids: string[] = [];
  const state = { errors: 0, finishing: false, failure: null as unknown };
  const done = (async () => {
    let cursor: string | null = null;
    for (;;) {
      // Only a page asked for after the workers stopped can say the reader has caught up.
      const afterStop = state.finishing;
      try {
        const page = await sc.changes.since({ after: cursor, limit: 1000 });
        for (const event of page.items) ids.push(event.id);
        cursor = page.next;
        if (page.items.length === 0) {
          if (afterStop) return;
          await sleep(100);
        }
      } catch (error) {
        if (!isStaffcoreError(error) || error.code !== 'STORE') {
          state.failure = error;
          return;
        }
        state.errors += 1;
        await sleep(50);
      }
    }
  })();
  return {
    ids,
    state,
    finish() {
      state.finishing = true;
      return done;
    },
  };
}

async function readFeed(store: Store, branchId: string): Promise<AuditEvent[]> {
  const sc = createStaffcore({ actions: allActions, store, actor: { id: 'soak-check', name: 'Soak check', branchId, roles: [standardRoles.administrator] } });
  const events: AuditEvent[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await sc.changes.since({ after: cursor, limit: 10_000 });
    events.push(...page.items);
    cursor = page.next;
    if (page.items.length === 0) return events;
  }
}

type Finder = { find(query: { limit: number; after: string | null }): Promise<Page<Row>> };

async function readRows(store: Store): Promise<Record<string, Row[]>> {
  return store.transaction(
    async (tx) => {
      const rows: Record<string, Row[]> = {};
      for (const entity of entityNames) {
        if (!isAudited(entity)) continue;
        const repository = (tx as unknown as Record<string, Finder>)[entity]!;
        const all: Row[] = [];
        let after: string | null = null;
        do {
          const page: Page<Row> = await repository.find({ limit: 10_000, after });
          all.push(...page.items);
          after = page.next;
        } while (after !== null);
        rows[entity] = all;
      }
      return rows;
    },
    { readOnly: true },
  );
}

function merged(tallies: readonly WorkerTally[]): WorkerTally & { defects: Defect[] } {
  const total = { ...emptyTally(), byAction: {} as Record<string, Record<string, number>>, storeKinds: {} as Record<string, number>, defects: [] as Defect[] };
  let defectCount = 0;
  let poolErrors = 0;
  for (const tally of tallies) {
    for (const [action, outcomes] of Object.entries(tally.byAction)) {
      const into = (total.byAction[action] ??= {});
      for (const [outcome, n] of Object.entries(outcomes)) into[outcome] = (into[outcome] ?? 0) + n;
    }
    for (const [kind, n] of Object.entries(tally.storeKinds)) total.storeKinds[kind] = (total.storeKinds[kind] ?? 0) + n;
    total.defects.push(...tally.defects);
    defectCount += tally.defectCount;
    poolErrors += tally.poolErrors;
  }
  return { ...total, defectCount, poolErrors };
}

interface RunFacts {
  readonly options: Options;
  readonly schema: string;
  readonly seeded: Seeded;
  readonly seconds: number;
  readonly terminated: number;
  readonly terminationRounds: number;
  readonly killed: readonly string[];
  readonly crashed: readonly string[];
  readonly tailErrors: number;
  readonly feedLength: number;
  readonly checkMs: number;
}

function report(facts: RunFacts, tally: ReturnType<typeof merged>, results: readonly InvariantResult[], extraDefects: readonly string[]): boolean {
  const { options } = facts;
  const sum = (outcomes: Record<string, number>) => Object.values(outcomes).reduce((a, b) => a + b, 0);
  const calls = Object.values(tally.byAction).reduce((n, outcomes) => n + sum(outcomes), 0);
  const writes = [...writingActions].reduce((n, action) => n + (tally.byAction[action]?.['ok'] ?? 0), 0);
  const lines: string[] = [];
  lines.push('', `staffcore soak: schema ${facts.schema}${options.keep ? ' (kept)' : ''}, seed ${options.seed}`);
  lines.push(
    `${facts.seconds.toFixed(0)} s, ${options.workers} workers x ${options.lanes} lanes, ${facts.seeded.customers} seeded customers; ` +
      `calls ${calls} (${(calls / facts.seconds).toFixed(0)}/s), writes committed ${writes}, feed ${facts.feedLength} events`,
  );
  lines.push(
    `terminated backends ${facts.terminated} in ${facts.terminationRounds} rounds (every ${options.terminateEvery} s); ` +
      `killed workers ${facts.killed.length}${facts.killed.length ? ` (${facts.killed.join(', ')})` : ''}; crashed workers ${facts.crashed.length}; ` +
      `pool errors on idle connections ${tally.poolErrors}; feed reader STORE retries ${facts.tailErrors}`,
  );
  lines.push('', `${'action'.padEnd(38)} ${'calls'.padStart(6)} ${'ok'.padStart(6)}  refusals`);
  for (const action of Object.keys(tally.byAction).sort()) {
    const outcomes = tally.byAction[action]!;
    const refusals = Object.entries(outcomes)
      .filter(([outcome]) => outcome !== 'ok')
      .sort(([, a], [, b]) => b - a)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    const mark = writingActions.has(action) ? ' ' : '*';
    lines.push(`${(action + mark).padEnd(38)} ${String(sum(outcomes)).padStart(6)} ${String(outcomes['ok'] ?? 0).padStart(6)}  ${refusals}`);
  }
  const untouched = [...writingActions].filter((action) => !tally.byAction[action]?.['ok']);
  lines.push(`(* reads; customers.search also writes the unaudited last search)${untouched.length ? `; writing actions never committed: ${untouched.join(', ')}` : ''}`);
  const kinds = Object.entries(tally.storeKinds).sort(([, a], [, b]) => b - a);
  if (kinds.length > 0) {
    lines.push('', 'STORE refusals by SQLSTATE and message:');
    for (const [kind, n] of kinds.slice(0, 12)) lines.push(`  ${String(n).padStart(5)}  ${kind}`);
  }
  const defects = tally.defectCount + extraDefects.length;
  lines.push('', `defects: ${defects}`);
  for (const text of extraDefects) lines.push(`  - ${text}`);
  for (const defect of tally.defects.slice(0, 10)) {
    lines.push(`  - ${defect.worker} ${defect.action} ${defect.code}: ${defect.message}`, `    input: ${defect.input}`);
    lines.push(...defect.stack.split('\n').slice(0, 14).map((line) => `    ${line}`));
  }
  lines.push('', `invariants (checked in ${facts.checkMs.toFixed(0)} ms):`);
  for (const result of results) {
    lines.push(`  ${result.passed ? 'PASS' : 'FAIL'} ${result.name}: ${result.description}${result.passed ? '' : ` — ${result.violations} violation(s)`}`);
    if (result.passed) continue;
    const categories = Object.entries(result.breakdown).sort(([, a], [, b]) => b - a);
    if (categories.length > 1 || categories[0]?.[0] !== 'all') lines.push(`       by kind: ${categories.map(([c, n]) => `${c} ${n}`).join(', ')}`);
    for (const example of result.examples) lines.push(`       - ${example}`);
  }
  const ok = defects === 0 && results.every((result) => result.passed);
  lines.push('', ok ? 'soak PASSED' : 'soak FAILED', '');
  console.log(lines.join('\n'));
  return ok;
}

async function main(): Promise<number> {
  const options = parseOptions();
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) {
    console.error(`npm run soak needs a PostgreSQL server: set DATABASE_URL (e.g. postgres://root@127.0.0.1:5432/test).\n${usage}`);
    return 2;
  }
  const schema = `soak_${process.pid}`;
  // The coordinator's own connections carry another application_name, so its terminations spare them.
  const admin = new pg.Pool({ connectionString: databaseUrl, max: 3, application_name: 'staffcore-soak-coordinator' });
  admin.on('error', () => undefined);
  const tailPool = new pg.Pool({ connectionString: databaseUrl, max: 1, application_name: soakApplicationName });
  tailPool.on('error', () => undefined);
  const slots: Slot[] = [];
  try {
    console.log(`soak: migrating and seeding schema ${schema} …`);
    await migrate(admin, { schema });
    const store = postgresStore({ client: admin, schema });
    const seeded = await seedSoak(store);
    const tail = tailFeed(postgresStore({ client: tailPool, schema }), seeded.companyBranchId);
    const config = (index: number, incarnation: number): WorkerConfig => ({
      index,
      incarnation,
      databaseUrl,
      schema,
      companyBranchId: seeded.companyBranchId,
      branchIds: seeded.branchIds,
      seed: options.seed * 1000 + index * 10 + incarnation,
      lanes: options.lanes,
    });
    for (let index = 0; index < options.workers; index++) slots.push(spawnWorker(config(index, 0)));
    await Promise.all(slots.map((slot) => slot.ready));
    console.log(`soak: ${options.workers} workers x ${options.lanes} lanes for ${options.seconds} s (seed ${options.seed}) …`);
    const began = performance.now();
    for (const slot of slots) tell(slot, { type: 'start' });

    const crashed: string[] = [];
    const killed: string[] = [];
    let stopping = false;
    // A worker that dies on its own is a defect (a lost connection must never end the process); it is replaced.
    const watch = (slot: Slot, index: number) => {
      void slot.exited.then(async ({ code, signal }) => {
        if (slot.killedByUs || stopping || slot.stopped) return;
        crashed.push(`${slot.name} exited on its own (code ${code}, signal ${signal})`);
        const replacement = spawnWorker(config(index, slots.filter((other) => other.name.startsWith(`w${index}-`)).length));
        slots.push(replacement);
        watch(replacement, index);
        await replacement.ready;
        tell(replacement, { type: 'start' });
      });
    };
    slots.forEach((slot, index) => watch(slot, index));

    let terminated = 0;
    let rounds = 0;
    const terminator = setInterval(() => {
      rounds += 1;
      admin
        .query<{ terminated: boolean }>(
          'SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
          [soakApplicationName],
        )
        .then((result) => (terminated += result.rows.filter((row) => row.terminated).length))
        .catch((error: unknown) => console.error(`soak: terminating backends failed: ${String(error)}`));
    }, options.terminateEvery * 1000);

    await sleep((options.seconds * 1000) / 2);
    const victim = slots[0]!;
    victim.killedByUs = true;
    victim.child.kill('SIGKILL');
    await victim.exited;
    killed.push(`${victim.name} at ${((performance.now() - began) / 1000).toFixed(0)} s`);
    const replacement = spawnWorker(config(0, slots.filter((other) => other.name.startsWith('w0-')).length));
    slots.push(replacement);
    watch(replacement, 0);
    await replacement.ready;
    tell(replacement, { type: 'start' });

    await sleep(Math.max(0, options.seconds * 1000 - (performance.now() - began)));
    clearInterval(terminator);
    stopping = true;
    const live = slots.filter((slot) => !slot.killedByUs && slot.child.exitCode === null && slot.child.signalCode === null);
    for (const slot of live) {
      slot.stopped = true;
      tell(slot, { type: 'stop' });
    }
    const stuck: string[] = [];
    await Promise.all(
      live.map(async (slot) => {
        const timeout = sleep(60_000).then(() => 'timeout' as const);
        if ((await Promise.race([slot.exited, timeout])) === 'timeout') {
          stuck.push(`${slot.name} did not stop within 60 s of being asked (killed)`);
          slot.child.kill('SIGKILL');
          await slot.exited;
        }
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    console.log(`soak: workers stopped after ${seconds.toFixed(0)} s; reading the feed and the rows …`);

    await tail.finish();
    const extraDefects = [...crashed, ...stuck];
    if (tail.state.failure) extraDefects.push(`the feed reader failed: ${String(tail.state.failure)}`);
    const feed = await readFeed(store, seeded.companyBranchId);
    const rows = await readRows(store);
    const checking = performance.now();
    const results = checkInvariants({ feed, tail: tail.ids, rows });
    const checkMs = performance.now() - checking;
    // A killed or crashed worker counts with the last totals it sent.
    const tallies = slots.map((slot) => slot.tally);
    const ok = report(
      { options, schema, seeded, seconds, terminated, terminationRounds: rounds, killed, crashed, tailErrors: tail.state.errors, feedLength: feed.length, checkMs },
      merged(tallies),
      results,
      extraDefects,
    );
    return ok ? 0 : 1;
  } finally {
    for (const slot of slots) if (slot.child.exitCode === null && slot.child.signalCode === null) slot.child.kill('SIGKILL');
    await tailPool.end().catch(() => undefined);
    if (!options.keep) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch((error: unknown) => console.error(`soak: could not drop ${schema}: ${String(error)}`));
    await admin.end().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('soak failed:', error);
    process.exit(1);
  },
);
