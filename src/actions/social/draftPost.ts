import * as z from 'zod';
import { DraftPostInput } from '../../model/index.js';
import { SocialPostDraft, draftSocialPost } from '../../rules/draftSocialPost.js';
import { customerPath } from '../_internal/customerPath.js';
import { defineAction } from '../_internal/defineAction.js';
import { enforceRecordAction } from '../_internal/recordAction.js';

/**
 * What `social.draftPost` returns: the draft, and the account it is addressed to.
 * @category Action results
 */
export const DraftPostResult = z.strictObject({
  ...SocialPostDraft.unwrap().shape,
  /** The network, `twitter`. */
  network: z.literal('twitter'),
  /** The record's handle the post mentions. */
  handle: z.string(),
});
/**
 * What `social.draftPost` returns: the draft, and the account it is addressed to.
 * @category Action results
 */
export type DraftPostResult = z.output<typeof DraftPostResult>;

/**
 * The `social.draftPost` action; its documentation is on the `draftPost` member of its group (`social.ts`), where editors and the reference show it.
 * @category Action results
 */
export const draftPost = defineAction({
  name: 'social.draftPost',
  summary: 'Drafts a Twitter/X post for a record (needs the integration and a handle); nothing is posted.',
  input: DraftPostInput,
  result: DraftPostResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'BUSINESS_RULE', 'INTEGRATION_MISSING'],
  subject: 'post',
  permission: 'social.share',
  async run(run, input): Promise<DraftPostResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    await enforceRecordAction(run, 'shareWithTwitter', customer);
    const path = await customerPath(run, customer);
    // A root outside the actor's scope is not named: the post speaks of the record itself.
    const top = path[path.length - 1]!;
    const root = run.scope.has(top.branchId) ? top : customer;
    const handle = customer.socialHandles.find((h) => h.network === 'twitter')!.handle;
    const draft = draftSocialPost({
      customerName: root.name,
      departmentName: root.id === customer.id ? null : customer.name,
      handle,
      ...(input.text !== undefined ? { text: input.text } : {}),
    });
    return { ...draft, network: 'twitter', handle };
  },
});
