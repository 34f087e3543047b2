import { fieldError, type StaffcoreError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { entities, type EntityName } from '../port/entities.js';
import { unstorableText as unstorable, unstorableTextAt } from '../port/unstorableText.js';


function unstorableError(what: string, path: readonly (string | number)[]): StaffcoreError {
  return fieldError(what, path, messages.unstorableText);
}

/** Checks a string handed to a query (a filter value, search text, cursor) can be sent to PostgreSQL. */
export function checkQueryText(value: string, path: readonly (string | number)[]): string {
  if (unstorable.test(value)) throw unstorableError('query', path);
  return value;
}

/** Thrown inside the walk; each level puts its key in front, so no path is built on the happy path. */
class UnstorableAt {
  readonly path: (string | number)[] = [];
}

function within<T>(key: string | number, walk: () => T): T {
  try {
    return walk();
  } catch (error) {
    if (error instanceof UnstorableAt) error.path.unshift(key);
    throw error;
  }
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') {
    if (unstorable.test(value)) throw new UnstorableAt();
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const inner: unknown = value[i];
      const cleaned = within(i, () => clean(inner));
      if (cleaned !== inner) (copy ??= [...value])[i] = cleaned;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const inner = (value as Record<string, unknown>)[key];
    if (inner === undefined) {
      copy ??= { ...value };
      delete copy[key];
    } else if (typeof inner === 'object' && inner !== null) {
      const cleaned = within(key, () => clean(inner));
      if (cleaned !== inner) (copy ??= { ...value })[key] = cleaned;
    } else if (typeof inner === 'string' && unstorable.test(inner)) {
      throw unstorableAt(key);
    }
  }
  return copy ?? value;
}

function unstorableAt(key: string): UnstorableAt {
  const error = new UnstorableAt();
  error.path.push(key);
  return error;
}

/**
 * Readies a parsed record for jsonb: refuses strings PostgreSQL cannot hold (a `VALIDATION` error
 * naming the field, instead of a driver error) and drops `undefined` properties, so the record an
 * insert or update returns is exactly the one a later read returns.
 */
export function storable<T>(entity: EntityName, record: T): T {
  return storableAs(entities[entity].label, record);
}

/**
 * {@link storable} for a value that is not an entity's record (an audit event); `what` names it in
 * the error message.
 */
export function storableAs<T>(what: string, value: T): T {
  try {
    return clean(value) as T;
  } catch (error) {
    if (error instanceof UnstorableAt) throw unstorableError(what, error.path);
    throw error;
  }
}

/**
 * Refuses object keys PostgreSQL's jsonb cannot hold, at any depth. Only values with free-form
 * keys (an audit event's `changes`) need it: a record's keys are its schema's field names.
 * @param what - names the value in the error message
 * @param value - a parsed value
 * @throws StaffcoreError `VALIDATION` naming the path to the key
 */
export function checkStorableKeys(what: string, value: unknown): void {
  // A value PostgreSQL cannot hold is found here too, with the same message.
  const path = unstorableTextAt(value);
  if (path) throw unstorableError(what, path);
}
