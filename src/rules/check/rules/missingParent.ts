import * as messages from '../../../errors/messages.js';
import { defineCheckRule } from '../CheckRule.js';

/**
 * `missing-parent`: a department names a parent the export does not have (known once every
 * record has been read).
 * @category Check
 */
export const missingParentRule = defineCheckRule({
  id: 'missing-parent',
  name: 'MissingParent',
  defaultSeverity: 'error',
  description: "A department's parent customer is not in the export",
  help: 'A department cannot exist without its parent: `parentId` names a record the export does not contain. Add the parent to the export, correct the id, or make the record a root customer (`parentId` empty).',
  structural: true,
  create: (context) => ({
    finish() {
      for (const { id, parentId, parent, location } of context.index.pending) {
        if (!context.index.isDeclared(parent)) context.report(messages.checkMissingParent(id, parentId), id, ['parentId'], location);
      }
    },
  }),
});
