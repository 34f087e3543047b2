import { fieldError, type StaffcoreError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { fromBase64Url, toBase64Url } from './base64url.js';

/** The position a cursor holds: the sort key and id of the last record of a page. */
export interface Cursor {
  readonly key: string;
  readonly id: string;
}

/** Encodes the position after a record as an opaque cursor. */
export function encodeCursor(key: string, id: string): string {
  return toBase64Url(JSON.stringify([key, id]));
}

/** Decodes a cursor made by {@link encodeCursor}; anything else is a `VALIDATION` error. */
export function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (cursor === undefined || cursor === null) return null;
  const text = fromBase64Url(String(cursor));
  try {
    const value: unknown = text === null ? null : JSON.parse(text);
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below: a cursor that does not decode is bad input
  }
  throw badCursor();
}

/** The error a cursor that this store did not hand out raises. */
export function badCursor(): StaffcoreError {
  return fieldError('query', ['after'], messages.notACursor);
}
