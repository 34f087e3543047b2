import { expect } from 'vitest';
import { isStaffcoreError, type StaffcoreError, type StaffcoreErrorCode } from '../../src/index.js';

/** Awaits a promise that must reject with a StaffcoreError of `code`, and returns the error. */
export async function expectError<C extends StaffcoreErrorCode>(promise: Promise<unknown>, code: C): Promise<StaffcoreError<C>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isStaffcoreError(error), `expected a StaffcoreError ${code}, got ${String(error)}`).toBe(true);
  expect((error as StaffcoreError).code).toBe(code);
  return error as StaffcoreError<C>;
}
