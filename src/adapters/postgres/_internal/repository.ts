import { fieldError } from '../../../errors/index.js';
import * as messages from '../../../errors/messages.js';
import { normalizeQuery } from '../../_internal/queryChecks.js';
import { checkDraft, checkId, checkRecord, checkRecords, checkVersion } from '../../_internal/recordChecks.js';
import { atIndex, conflict, notABatch, notFound } from '../../_internal/storeErrors.js';
import type { EntityName, RecordOf } from '../../port/entities.js';
import type { Draft, Query, Repository, Where } from '../../port/Repository.js';
import { arrayLiteral } from './sqlText.js';
import { batchSize, type StoredRecord, type TableAccess } from './tableAccess.js';

/** Validates one draft of a batch, its errors naming the draft's index, as the memory store does. */
export function checkDraftAt<E extends EntityName>(entity: E, draft: unknown, index: number): Draft<RecordOf<E>> {
  try {
    return checkDraft(entity, draft);
  } catch (error) {
    throw atIndex(error, index);
  }
}

const noPreparation = async () => undefined;

/**
 * Saves a batch of drafts, all or nothing, in statements of {@link batchSize} records.
 *
 * A batch of one statement is validated whole before any SQL. A larger one runs as a pipeline
 * inside a savepoint: while one statement runs in the database, the next part is validated and
 * encoded, so the validation costs (almost) no time on a database server. A bad record further
 * on rolls back to the savepoint, so the batch still leaves nothing behind, even when the work
 * catches the error and goes on.
 *
 * @param prepare - checks and locks what a part needs before it is written (a customer's parents),
 *   given the ids this batch allocated before that part (which refer to nothing yet, for the caller)
 * @returns the saved records, in the order of `drafts`, with ids in ascending order
 */
export async function insertBatch<E extends EntityName>(
  access: TableAccess,
  drafts: unknown,
  operation: string,
  prepare: (part: readonly Draft<RecordOf<E>>[], offset: number, batchIds: ReadonlySet<string>) => Promise<void> = noPreparation,
): Promise<RecordOf<E>[]> {
  if (!Array.isArray(drafts)) throw notABatch();
  const entity = access.t.entity as E;
  const checkPart = (offset: number) =>
    drafts.slice(offset, offset + batchSize).map((draft, i) => checkDraftAt(entity, draft, offset + i));
  let part = checkPart(0);
  if (drafts.length <= batchSize) {
    await prepare(part, 0, new Set());
    const records = await withIds(access, part, operation);
    if (records.length > 0) await (await access.insertRows(records, operation)).done;
    return records as unknown as RecordOf<E>[];
  }
  const savepoint = 'staffcore_insert_many';
  await access.connection.query(access.op(operation), `SAVEPOINT ${savepoint}`);
  let running: Promise<unknown> | null = null;
  try {
    const ids = await access.allocateIds(drafts.length, operation);
    const batchIds = new Set(ids);
    const saved: StoredRecord[] = [];
    for (let offset = 0; offset < drafts.length; offset += batchSize) {
      await prepare(part, offset, batchIds);
      const records = part.map((draft, i) => ({ ...(draft as Record<string, unknown>), id: ids[offset + i]!, version: 1 }));
      if (running) await running;
      // insertRows resolves once its last statement is sent; that statement runs while the next
      // part is checked. Handled here so a failure meanwhile is not reported as unhandled; it is
      // still awaited (and thrown) below.
      running = (await access.insertRows(records, operation)).done;
      running.catch(() => undefined);
      saved.push(...records);
      if (offset + batchSize < drafts.length) part = checkPart(offset + batchSize);
    }
    await running;
    await access.connection.query(access.op(operation), `RELEASE SAVEPOINT ${savepoint}`);
    return saved as unknown as RecordOf<E>[];
  } catch (error) {
    await running?.catch(() => undefined);
    await access.connection.query(access.op(operation), `ROLLBACK TO SAVEPOINT ${savepoint}`).catch(() => undefined);
    throw error;
  }
}

/**
 * Why a bulk update matched fewer rows than records: throws `NOT_FOUND` or `CONFLICT` for the first
 * record (in batch order) that is missing or stale; returns when every one exists at its version
 * (so what differed was a customer's parent).
 */
async function explainMismatch(access: TableAccess, records: readonly StoredRecord[], operation: string): Promise<void> {
  const rows = await access.connection.query<{ id: string; version: number }>(
    access.op(operation),
    `SELECT id, version FROM ${access.t.name} WHERE id = ANY($1::text[])`,
    [arrayLiteral(records.map((record) => record.id))],
  );
  const stored = new Map(rows.map((row) => [row.id, Number(row.version)]));
  for (const record of records) {
    const version = stored.get(record.id);
    if (version === undefined) throw notFound(access.t.entity, record.id);
    if (version !== record.version) throw conflict(access.t.entity, record.id);
  }
}

/**
 * Saves changed records, all or none, one statement per {@link batchSize} records (a batch of
 * more runs inside a savepoint, so a refusal further on undoes the parts before it).
 *
 * @param oneByOne - with it, only records whose parent is unchanged go in bulk; a part where a
 *   parent changed is saved one record at a time through it (a customer's move)
 * @returns the saved records, in the order given
 */
export async function updateBatch<E extends EntityName>(
  access: TableAccess,
  records: unknown,
  operation: string,
  oneByOne?: (record: StoredRecord) => Promise<StoredRecord>,
): Promise<RecordOf<E>[]> {
  const entity = access.t.entity as E;
  const checked = checkRecords(entity, records) as unknown as StoredRecord[];
  const inSavepoint = async <R>(work: () => Promise<R>): Promise<R> => {
    await access.connection.query(access.op(operation), 'SAVEPOINT staffcore_update_many');
    try {
      const result = await work();
      await access.connection.query(access.op(operation), 'RELEASE SAVEPOINT staffcore_update_many');
      return result;
    } catch (error) {
      await access.connection.query(access.op(operation), 'ROLLBACK TO SAVEPOINT staffcore_update_many').catch(() => undefined);
      throw error;
    }
  };
  const savePart = async (part: readonly StoredRecord[]): Promise<StoredRecord[]> => {
    const saved = await access.updateRows(part, operation, oneByOne !== undefined);
    if (saved) return saved;
    await explainMismatch(access, part, operation);
    if (!oneByOne) throw conflict(entity, part[0]!.id);
    return inSavepoint(async () => {
      const out: StoredRecord[] = [];
      for (const record of part) out.push(await oneByOne(record));
      return out;
    });
  };
  if (checked.length === 0) return [];
  // One statement is all or nothing by itself; more need a savepoint to undo the parts before a refusal.
  if (checked.length <= batchSize) return (await savePart(checked)) as unknown as RecordOf<E>[];
  return inSavepoint(async () => {
    const saved: StoredRecord[] = [];
    for (let offset = 0; offset < checked.length; offset += batchSize) saved.push(...(await savePart(checked.slice(offset, offset + batchSize))));
    return saved as unknown as RecordOf<E>[];
  });
}

/** Gives validated drafts their ids (in input order) and version 1. */
export async function withIds<E extends EntityName>(access: TableAccess, drafts: readonly Draft<RecordOf<E>>[], operation: string): Promise<StoredRecord[]> {
  const ids = await access.allocateIds(drafts.length, operation);
  return drafts.map((draft, i) => ({ ...(draft as Record<string, unknown>), id: ids[i]!, version: 1 }));
}

/** The repository of one entity inside one transaction. */
export function postgresRepository<E extends EntityName>(access: TableAccess): Repository<E> {
  const entity = access.t.entity as E;
  return {
    async get(id) {
      return (await access.get(checkId(entity, id))) as RecordOf<E> | null;
    },
    async getMany(ids) {
      if (!Array.isArray(ids)) throw fieldError('ids', [], messages.expected('a list of ids'));
      return (await access.getMany(ids.map((id) => checkId(entity, id)))) as RecordOf<E>[];
    },
    async insert(draft) {
      return (await access.insertOne(checkDraft(entity, draft), 'insert')) as unknown as RecordOf<E>;
    },
    async insertMany(drafts) {
      return insertBatch<E>(access, drafts, 'insertMany');
    },
    async update(record) {
      const next = checkRecord(entity, record) as unknown as StoredRecord;
      const saved = await access.update(next, 'update');
      if (!saved) throw await access.writeFailure(next.id, 'update');
      return saved as unknown as RecordOf<E>;
    },
    async updateMany(records) {
      return updateBatch<E>(access, records, 'updateMany');
    },
    async find(query?: Query<E>) {
      return (await access.page(normalizeQuery(entity, query), [], [], 'find')) as unknown as Awaited<ReturnType<Repository<E>['find']>>;
    },
    async count(where?: Where<E>) {
      return access.count(normalizeQuery(entity, where ? { where } : {}).where);
    },
    async remove(id, version) {
      await access.remove(checkId(entity, id), checkVersion(entity, version));
    },
  };
}
