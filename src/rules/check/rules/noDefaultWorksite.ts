import * as messages from '../../../errors/messages.js';
import { defineCheckRule } from '../CheckRule.js';
import { Column } from '../_internal/Column.js';

// What a record says of its default worksite, two bits, then whether it was reported.
const absent = 0;
const none = 1;
const set = 2;
const reported = 4;

/**
 * `no-default-worksite`: a customer whose `defaultWorksiteId` is empty has worksites (in the
 * worksites file). Reported once per customer, at its first worksite.
 * @category Check
 */
export const noDefaultWorksiteRule = defineCheckRule({
  id: 'no-default-worksite',
  name: 'NoDefaultWorksite',
  defaultSeverity: 'error',
  description: 'A customer has worksites but no default worksite (needs the worksites file)',
  help: 'New orders take the default worksite of their customer. Set `defaultWorksiteId` to one of the worksites the customer has.',
  structural: true,
  create: (context) => {
    if (!context.related.worksites) return {};
    const defaults = new Column((n) => new Uint8Array(n));
    return {
      record({ value, index, duplicate }) {
        if (index === -1 || duplicate) return;
        defaults.set(index, !('defaultWorksiteId' in value) ? absent : value['defaultWorksiteId'] === null ? none : set);
      },
      worksite({ customer, customerId, location }) {
        const state = defaults.get(customer);
        if (state !== none) return;
        defaults.set(customer, state | reported);
        context.report(messages.checkNoDefaultWorksite(customerId), customerId, ['defaultWorksiteId'], location);
      },
    };
  },
});
