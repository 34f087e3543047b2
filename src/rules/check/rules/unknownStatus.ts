import * as messages from '../../../errors/messages.js';
import { defineCheckRule } from '../CheckRule.js';

/** A value that looks like a status code (one the catalog does not have is this rule's; anything else is `schema`'s). */
const statusPattern = /^[A-Z][A-Z0-9]{0,7}$/;

/**
 * `unknown-status`: a status code the catalog does not list.
 * @category Check
 */
export const unknownStatusRule = defineCheckRule({
  id: 'unknown-status',
  name: 'UnknownStatus',
  defaultSeverity: 'error',
  description: 'A status code that the status catalog does not list',
  help: "The status must be one of the organization's catalog (P, A, H, I and X by default, or the `statuses` of `staffcore.config.json`). Map the legacy code to one of them, or add it to the catalog.",
  structural: true,
  create: (context) => ({
    record({ value, status, recordId, location }) {
      const code = value['status'];
      if (status === undefined && typeof code === 'string' && statusPattern.test(code)) context.report(messages.checkUnknownStatus(code), recordId, ['status'], location);
    },
  }),
});
