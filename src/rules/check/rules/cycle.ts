import * as messages from '../../../errors/messages.js';
import { defineCheckRule } from '../CheckRule.js';
import { Column } from '../_internal/Column.js';

const visiting = 1;
const visited = 2;
const onCycle = 4;

/**
 * `cycle`: following a record's parents leads back to it. A record that is its own parent is
 * reported when read; a longer cycle can only be closed by a department read before its parent,
 * so only those are followed, once the whole export is in.
 * @category Check
 */
export const cycleRule = defineCheckRule({
  id: 'cycle',
  name: 'ParentCycle',
  defaultSeverity: 'error',
  description: "Following a record's parents leads back to the record",
  help: 'A customer tree has no cycles: following `parentId` from any record must end at a root customer. Change the `parentId` of one record on the cycle.',
  structural: true,
  create: (context) => ({
    record({ value, parentId, duplicate, location }) {
      const id = value['id'];
      if (!duplicate && parentId !== null && parentId === id) context.report(messages.ownParent(parentId), parentId, ['parentId'], location);
    },
    finish() {
      const { index } = context;
      if (index.pending.length === 0) return;
      const marks = new Column((n) => new Uint8Array(n));
      const path: number[] = [];
      for (const { child } of index.pending) {
        path.length = 0;
        for (let node = child; ; ) {
          const mark = marks.get(node);
          if (mark & visited) break;
          if (mark & visiting) {
            let member = node;
            do {
              marks.set(member, marks.get(member) | onCycle);
              member = index.parentOf(member);
            } while (member !== node);
            break;
          }
          marks.set(node, mark | visiting);
          path.push(node);
          const parent = index.parentOf(node);
          if (parent === -1) break;
          node = parent;
        }
        for (const node of path) marks.set(node, (marks.get(node) & ~visiting) | visited);
      }
      for (const { id, child, location } of index.pending) if (marks.get(child) & onCycle) context.report(messages.checkCycle(id), id, ['parentId'], location);
    },
  }),
});
