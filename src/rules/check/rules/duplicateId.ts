import * as messages from '../../../errors/messages.js';
import { defineCheckRule } from '../CheckRule.js';

/**
 * `duplicate-id`: two records have the same id (the first one read is the one the tree keeps).
 * @category Check
 */
export const duplicateIdRule = defineCheckRule({
  id: 'duplicate-id',
  name: 'DuplicateId',
  defaultSeverity: 'error',
  description: 'Two records have the same id',
  help: 'Ids identify records across the export and in every reference to them (parents, orders, assignments). Give one of the two records a new id, or merge them into one.',
  structural: true,
  create: (context) => ({
    record({ duplicate, value, index, location }) {
      if (duplicate) context.report(messages.checkDuplicateId(value['id'] as string, context.at(context.index.positionOf(index))), value['id'] as string, ['id'], location);
    },
  }),
});
