import { StaffcoreError } from '../../../errors/index.js';
import { checkDraft, checkId, checkRecord, checkVersion, normalizeQuery } from '../../_internal/validate.js';
import type { EntityName, RecordOf } from '../../port/entities.js';
import type { Draft, Query, Repository, Where } from '../../port/Repository.js';
import { notABatch, type StoredRecord, type TableAccess } from './tableAccess.js';
import { atIndex, storable } from './storable.js';

/** Validates a batch of drafts as the memory store does, each error naming the draft's index. */
export function checkBatch<E extends EntityName>(entity: E, drafts: unknown): Draft<RecordOf<E>>[] {
  if (!Array.isArray(drafts)) throw notABatch();
  return drafts.map((draft, index) => {
    try {
      return storable(entity, checkDraft(entity, draft));
    } catch (error) {
      throw atIndex(error, index);
    }
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
  const insertMany = async (drafts: readonly Draft<RecordOf<E>>[], operation: string): Promise<RecordOf<E>[]> => {
    const records = await withIds(access, drafts, operation);
    await access.insertAll(records, operation);
    return records as unknown as RecordOf<E>[];
  };
  return {
    async get(id) {
      return (await access.get(checkId(entity, id))) as RecordOf<E> | null;
    },
    async getMany(ids) {
      if (!Array.isArray(ids)) throw new StaffcoreError('VALIDATION', 'Invalid ids: expected an array of ids', { details: { path: [] } });
      return (await access.getMany(ids.map((id) => checkId(entity, id)))) as RecordOf<E>[];
    },
    async insert(draft) {
      return (await access.insertOne(storable(entity, checkDraft(entity, draft)), 'insert')) as unknown as RecordOf<E>;
    },
    async insertMany(drafts) {
      return insertMany(checkBatch(entity, drafts), 'insertMany');
    },
    async update(record) {
      const next = storable(entity, checkRecord(entity, record)) as unknown as StoredRecord;
      const saved = await access.update(next, 'update');
      if (!saved) throw await access.writeFailure(next.id, 'update');
      return saved as unknown as RecordOf<E>;
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
