import * as messages from '../../../errors/messages.js';
import { defineCheckRule } from '../CheckRule.js';

/**
 * `department-under-deleted`: a department that is not deleted sits under a deleted record.
 * @category Check
 */
export const departmentUnderDeletedRule = defineCheckRule({
  id: 'department-under-deleted',
  name: 'DepartmentUnderDeleted',
  defaultSeverity: 'error',
  description: 'A department that is not deleted sits under a deleted (X) record',
  help: 'Deleting a record deletes its departments; a live department under a deleted record is left over from an incomplete delete. Delete the department too, or move it under a live record.',
  structural: true,
  create: (context) => {
    const { index } = context;
    return {
      record({ value, index: child, duplicate, status, parentId, location }) {
        if (child === -1 || duplicate || parentId === null || status?.isDeletion) return;
        const parent = index.parentOf(child);
        // A parent not read yet is settled in finish().
        const parentStatus = parent === -1 || !index.isDeclared(parent) ? undefined : index.statusAt(parent);
        const id = value['id'] as string;
        if (parentStatus?.isDeletion) context.report(messages.checkUnderDeleted(id, parentId, parentStatus.code), id, ['parentId'], location);
      },
      finish() {
        for (const { id, parentId, child, parent, location } of index.pending) {
          const parentStatus = index.isDeclared(parent) ? index.statusAt(parent) : undefined;
          if (parentStatus?.isDeletion && !index.statusAt(child)?.isDeletion) context.report(messages.checkUnderDeleted(id, parentId, parentStatus.code), id, ['parentId'], location);
        }
      },
    };
  },
});
