import { changesSince } from './changesSince.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * The change feed of every committed write.
 *
 * Give it to {@link createStaffcore} as `actions: { changes }`: the instance's `changes.…` calls are these actions.
 * @namespace
 */
export const changes = defineGroup('changes', {
  /** Reads the change feed after a cursor, in commit order. */
  since: changesSince,
});
