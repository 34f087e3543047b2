import { StaffcoreError, fieldError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { entities, type EntityName } from '../port/entities.js';

/** The error a stale write raises. */
export function conflict(entity: EntityName, id: string): StaffcoreError {
  return new StaffcoreError('CONFLICT', messages.conflict(entities[entity].label, id), {
    details: { entity, id },
  });
}

/** The error a write to a missing record raises. */
export function notFound(entity: EntityName, id: string): StaffcoreError {
  return new StaffcoreError('NOT_FOUND', messages.notFound(entities[entity].label, id), {
    details: { entity, id },
  });
}

/** Prefixes a batch member's `VALIDATION` error with its index in the batch. */
export function atIndex(error: unknown, index: number): unknown {
  if (error instanceof StaffcoreError && error.code === 'VALIDATION') {
    const path = [index, ...(error.details.path ?? [])];
    return new StaffcoreError('VALIDATION', messages.inBatch(error.message, index), {
      details: { ...error.details, path, issues: (error.details.issues ?? []).map((i) => ({ ...i, path: [index, ...i.path] })) },
    });
  }
  return error;
}

/** The error a customer whose parent does not exist raises. */
export function missingParent(parentId: string): StaffcoreError {
  return fieldError('customer', ['parentId'], messages.missingParent(parentId), { entity: 'customers', id: parentId });
}

/** The error an `insertMany` of something other than an array raises. */
export function notABatch(): StaffcoreError {
  return fieldError('batch', [], messages.expected('a list of records'));
}

/** The error an `updateMany` naming one record twice raises, at the second mention. */
export function repeatedInBatch(id: string, index: number): unknown {
  return atIndex(fieldError('batch', ['id'], messages.repeatedInBatch(id)), index);
}
