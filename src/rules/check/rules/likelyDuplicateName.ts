import * as messages from '../../../errors/messages.js';
import { normalizeCustomerName } from '../../findLikelyDuplicates.js';
import { defineCheckRule } from '../CheckRule.js';
import { FingerprintIndex, fingerprint } from '../_internal/FingerprintIndex.js';
import { isRecordId } from '../recordValues.js';

/**
 * `likely-duplicate-name`: two root customers of a branch, or two departments under one parent,
 * have the same folded name (the core's `normalizeCustomerName`). Keeps one fingerprint per
 * distinct name key, pointing at the record that had it first.
 * @category Check
 */
export const likelyDuplicateNameRule = defineCheckRule({
  id: 'likely-duplicate-name',
  name: 'LikelyDuplicateName',
  defaultSeverity: 'warn',
  description: 'Two root customers of a branch, or two departments under one parent, have the same folded name',
  help: 'Names are compared folded (case, accents, punctuation and legal suffixes such as Inc. set aside). Two such records are usually the same business entered twice: merge them, or tell them apart in their names.',
  structural: false,
  create: (context) => {
    // 56-bit fingerprints: a false match (one in about 6,000 exports of 5 million names) is one spurious warning.
    const names = new FingerprintIndex(8);
    return {
      record({ value, index, duplicate, status, parentId, location }) {
        const branchId = value['branchId'];
        const name = value['name'];
        if (index === -1 || duplicate || status?.isDeletion || !isRecordId(branchId) || typeof name !== 'string') return;
        const key = normalizeCustomerName(name);
        if (key === '') return;
        const nameKey = fingerprint(`${branchId}\u0001${parentId ?? ''}\u0001${key}`);
        const first = names.find(nameKey);
        if (first === -1) names.add(nameKey, index);
        else context.report(messages.checkDuplicateName(name, key, context.at(context.index.positionOf(first))), value['id'] as string, ['name'], location);
      },
    };
  },
});
