import { draftPost } from './draftPost.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Posts drafted for social networks (Twitter/X integration).
 *
 * Give it to {@link createStaffcore} as `actions: { social }`: the instance's `social.…` calls are these actions.
 * @namespace
 * @category Action groups
 */
export const social = defineGroup('social', {
  /**
   * `social.draftPost` ("Share with Twitter"): drafts a Twitter/X post for a record, prefilled with
   * the customer and department name and the record's handle, with the characters remaining of 280
   * counted as the network counts them (code points). Nothing is posted and nothing is written: the
   * host posts. Needs the Twitter/X integration and a `twitter` handle on the record.
   *
   * Refuses with `FORBIDDEN` (no `social.share`), `INTEGRATION_MISSING`, `NOT_FOUND`,
   * `STATUS_BLOCKED` (a deleted record), `BUSINESS_RULE` (no handle on the record).
   *
   * @example
   * ```ts
   * const draft = await sc.social.draftPost({ customerId: '3', text: 'We are hiring pickers!' });
   * draft.text //=> 'Acme – Warehouse @acme We are hiring pickers!'
   * draft.remaining //=> 235
   * ```
   */
  draftPost,
});
