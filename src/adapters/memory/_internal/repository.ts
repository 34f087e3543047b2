import { fieldError } from '../../../errors/index.js';
import * as messages from '../../../errors/messages.js';
import { normalizeQuery } from '../../_internal/queryChecks.js';
import { checkDraft, checkId, checkRecord, checkRecords, checkVersion } from '../../_internal/recordChecks.js';
import { atIndex, conflict, notABatch, notFound } from '../../_internal/storeErrors.js';
import type { EntityName, RecordOf } from '../../port/entities.js';
import type { Draft, Page, Query, Repository, Where } from '../../port/Repository.js';
import { freeze } from './freeze.js';
import { queryPage } from './page.js';
import type { Session } from './Session.js';
import { deleted, type Row } from './Table.js';

/** The repository of one entity inside the transaction `session`. */
export function repository<E extends EntityName>(entity: E, session: Session): Repository<E> {
  const table = session.table(entity);
  const load = (id: string) => session.read(entity, id) as RecordOf<E> | null;
  // `checked` has passed checkDraft: with the id the table allocates and version 1 it is a valid record.
  const insertChecked = (checked: Draft<RecordOf<E>>): RecordOf<E> => {
    const id = String(table.nextId++);
    const row = freeze({ ...(checked as Record<string, unknown>), id, version: 1 }) as unknown as Row;
    session.write(entity, id, row);
    return row as unknown as RecordOf<E>;
  };
  return {
    async get(id) {
      return load(checkId(entity, id));
    },
    async getMany(ids) {
      if (!Array.isArray(ids)) throw fieldError('ids', [], messages.expected('a list of ids'));
      return ids.map((id) => load(checkId(entity, id))).filter((row): row is RecordOf<E> => row !== null);
    },
    async insert(draft) {
      return insertChecked(checkDraft(entity, draft));
    },
    async insertMany(drafts) {
      if (!Array.isArray(drafts)) throw notABatch();
      const parsed = drafts.map((draft, index) => {
        try {
          return checkDraft(entity, draft);
        } catch (error) {
          throw atIndex(error, index);
        }
      });
      return parsed.map(insertChecked);
    },
    async update(record) {
      const next = checkRecord(entity, record) as unknown as Row;
      const current = session.read(entity, next.id);
      if (!current) throw notFound(entity, next.id);
      if (current.version !== next.version) throw conflict(entity, next.id);
      const saved = freeze({ ...next, version: next.version + 1 });
      session.write(entity, next.id, saved);
      return saved as unknown as RecordOf<E>;
    },
    async updateMany(records) {
      // Every record is checked before any is written, so a refusal leaves the batch unsaved.
      const checked = (checkRecords(entity, records) as unknown as Row[]).map((next) => {
        const current = session.read(entity, next.id);
        if (!current) throw notFound(entity, next.id);
        if (current.version !== next.version) throw conflict(entity, next.id);
        return next;
      });
      return checked.map((next) => {
        const saved = freeze({ ...next, version: next.version + 1 });
        session.write(entity, next.id, saved);
        return saved as unknown as RecordOf<E>;
      });
    },
    async find(query?: Query<E>) {
      const normalized = normalizeQuery(entity, query);
      return queryPage(session, entity, normalized) as unknown as Page<RecordOf<E>>;
    },
    async count(where?: Where<E>) {
      return session.select(entity, normalizeQuery(entity, where ? { where } : {}).where).length;
    },
    async remove(id, version) {
      const key = checkId(entity, id);
      const expected = checkVersion(entity, version);
      const current = session.read(entity, key);
      if (!current) throw notFound(entity, key);
      if (current.version !== expected) throw conflict(entity, key);
      session.write(entity, key, deleted);
    },
  };
}
