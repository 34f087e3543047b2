import { StaffcoreError, messages } from '../../errors/index.js';

/** Throws `CONFLICT` when the stored record is newer than the version a change is based on. */
export function conflictUnlessVersion(current: { readonly id: string; readonly version: number }, version: number | undefined): void {
  if (version !== undefined && current.version !== version) {
    throw new StaffcoreError('CONFLICT', messages.conflict('customer', current.id), {
      details: { entity: 'customer', id: current.id, expected: version, stored: current.version },
    });
  }
}
