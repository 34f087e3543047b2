import { draftPost } from './draftPost.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Posts drafted for social networks (Twitter/X integration).
 *
 * Give it to {@link createStaffcore} as `actions: { social }`: the instance's `social.…` calls are these actions.
 * @namespace
 */
export const social = defineGroup('social', {
  /** Drafts a Twitter/X post for a record (needs the integration and a handle); nothing is posted. */
  draftPost,
});
