import * as z from 'zod';
import { fieldError, parseOptions, validationError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { entities, type EntityName, type RecordOf } from '../port/entities.js';
import type { Draft } from '../port/Repository.js';
import { storable } from './storable.js';
import { atIndex, notABatch, repeatedInBatch } from './storeErrors.js';

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "_" or "-"');
const Version = z.number().int().positive();

/** Checks an id handed to a store; a wrong-typed or malformed id is a `VALIDATION` error. */
export function checkId(entity: EntityName, id: unknown, field = 'id'): string {
  const result = Id.safeParse(id, parseOptions);
  if (!result.success) throw validationError(result.error, `${entities[entity].label} ${field}`, [field]);
  return result.data;
}

/** Checks a version handed to a store. */
export function checkVersion(entity: EntityName, version: unknown): number {
  const result = Version.safeParse(version, parseOptions);
  if (!result.success) throw validationError(result.error, `${entities[entity].label} version`, ['version']);
  return result.data;
}

/**
 * Checks a whole record against its entity's schema and returns the parsed copy, ready to store:
 * strings no store can hold are refused, `undefined` properties dropped.
 */
export function checkRecord<E extends EntityName>(entity: E, record: unknown): RecordOf<E> {
  const result = entities[entity].schema.safeParse(record, parseOptions);
  if (!result.success) throw validationError(result.error, entities[entity].label);
  return storable(entity, result.data as RecordOf<E>);
}

/** Checks a draft (a record without id and version), returning the parsed copy without them. */
export function checkDraft<E extends EntityName>(entity: E, draft: unknown): Draft<RecordOf<E>> {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) {
    throw fieldError(entities[entity].label, [], messages.expected('an object'));
  }
  const parsed = checkRecord(entity, { ...draft, id: 'new', version: 1 }) as Record<string, unknown>;
  const { id: _id, version: _version, ...rest } = parsed;
  return rest as Draft<RecordOf<E>>;
}

/**
 * Checks a batch of whole records for `updateMany`: a list, each record valid (its errors naming
 * its index), no record named twice. Returns the parsed copies.
 */
export function checkRecords<E extends EntityName>(entity: E, records: unknown): RecordOf<E>[] {
  if (!Array.isArray(records)) throw notABatch();
  const seen = new Set<string>();
  return records.map((record, index) => {
    let next: RecordOf<E>;
    try {
      next = checkRecord(entity, record);
    } catch (error) {
      throw atIndex(error, index);
    }
    const id = (next as { id: string }).id;
    if (seen.has(id)) throw repeatedInBatch(id, index);
    seen.add(id);
    return next;
  });
}
