import { validationFailure } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import type { CustomEntity, CustomValues } from '../model/customValues.js';
import type { CustomFieldSet, EntityCustomFields } from './customFields.js';

type Path = readonly (string | number)[];

/** Refuses every key given (the input schema has made it an object): with no field declared, any is undeclared. */
function refuseKeys(given: object | undefined, path: Path): void {
  const keys = Object.keys(given ?? {});
  if (keys.length > 0) throw validationFailure('custom values', keys.map((key) => ({ path: [...path, key], message: messages.undeclaredCustomField })));
}

const none = (entity: CustomEntity): EntityCustomFields => ({
  entity,
  fields: [],
  parseNew: (given, path) => (refuseKeys(given as object | undefined, path), {} as CustomValues),
  parsePatch: (stored, changes, path) => (refuseKeys(changes as object | undefined, path), stored),
  parseFilter: (filter, path) => (refuseKeys(filter as object | undefined, path), []),
  problems: () => [],
});

/** Set on every set `compileCustomFields` makes, so `createStaffcore` tells one from a bare declaration. */
export const compiledMark = Symbol.for('staffcore.customFields');

/**
 * Whether a value is a set made by `defineCustomFields` (or `compileCustomFields`).
 * @param value - anything
 * @returns `true` for a compiled set
 * @category Custom fields
 */
export function isCustomFieldSet(value: unknown): value is CustomFieldSet {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[compiledMark] === true;
}

/**
 * The custom fields of an instance that declares none (`createStaffcore` without `customFields`):
 * a record keeps whatever custom values it holds, and any value given is refused as undeclared.
 * Small on purpose: a host that declares no field carries none of the declaration checks. (This
 * file also holds the mark of a compiled set, so `createStaffcore` recognizes one without loading them.)
 * @category Custom fields
 */
export const noCustomFields: CustomFieldSet = Object.freeze({ any: false, of: none as <E extends CustomEntity>(entity: E) => EntityCustomFields<E> });
