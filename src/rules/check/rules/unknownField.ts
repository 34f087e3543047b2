import * as messages from '../../../errors/messages.js';
import { Customer } from '../../../model/index.js';
import { defineCheckRule } from '../CheckRule.js';

let customerFields: ReadonlySet<string> | undefined;

/**
 * `unknown-field`: a record has a field the Customer schema does not have.
 * @category Check
 */
export const unknownFieldRule = defineCheckRule({
  id: 'unknown-field',
  name: 'UnknownField',
  defaultSeverity: 'warn',
  description: 'A record has a field the Customer schema does not have (often a misspelt column)',
  help: 'The field would be refused by `customers.add`. Rename a misspelt column, drop a column staffcore does not keep, or ignore it with `--ignore-field NAME` (or `fields` in `staffcore.config.json`).',
  structural: false,
  create: (context) => {
    const fields = (customerFields ??= new Set(Object.keys(Customer.shape)));
    return {
      record({ value, recordId, location }) {
        for (const key in value) if (!fields.has(key)) context.report(messages.checkUnknownField(key), recordId, [key], location);
      },
    };
  },
});
