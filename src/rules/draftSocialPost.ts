import * as z from 'zod';

/**
 * How many characters a Twitter/X post may hold.
 * @category Rules
 */
export const postLimit = 280;

/**
 * What a post is drafted from: the record's names and handle, and the rep's own text.
 * @category Rules
 */
export interface SocialPostFacts {
  /** The root customer's name. */
  readonly customerName: string;
  /** The department's name, when the record is a department; `null` for a root customer. */
  readonly departmentName: string | null;
  /** The record's handle on the network, with or without the leading `@`. */
  readonly handle: string;
  /** The rep's text, put after the prefilled part. */
  readonly text?: string;
}

/**
 * A drafted post: its text and how many characters remain. Nothing is posted; the host posts.
 * @category Rules
 */
export const SocialPostDraft = z
  .strictObject({
    /** The post's text: customer (and department) name, the handle, the rep's text. */
    text: z.string(),
    /** Its length as the network counts it: Unicode code points after NFC normalization. */
    length: z.number().int().nonnegative(),
    /** The network's limit, 280. */
    limit: z.number().int().positive(),
    /** Characters left; negative when the text is too long. */
    remaining: z.number().int(),
    /** Whether it fits the limit. */
    fits: z.boolean(),
  })
  .readonly();
/**
 * A drafted post: its text and how many characters remain. Nothing is posted; the host posts.
 * @category Rules
 */
export type SocialPostDraft = z.output<typeof SocialPostDraft>;

/**
 * Counts a text's characters as Twitter/X does: by Unicode code points after NFC normalization,
 * so an emoji made of one code point counts once and a decomposed accent is composed first.
 *
 * @param text - the text
 * @returns its length
 * @example
 * ```ts
 * postLength('Café 👋') //=> 6
 * ```
 * @category Rules
 */
export function postLength(text: string): number {
  let count = 0;
  for (const _ of text.normalize('NFC')) count++;
  return count;
}

/**
 * Drafts a post for a customer record: prefilled with the customer and department name and the
 * record's handle, then the rep's text, with the characters remaining of 280.
 *
 * @param facts - the names, the handle and the rep's text
 * @returns the draft
 * @example
 * ```ts
 * draftSocialPost({ customerName: 'Acme', departmentName: 'Warehouse', handle: 'acme' }).text
 * //=> 'Acme – Warehouse @acme'
 * draftSocialPost({ customerName: 'Acme', departmentName: null, handle: '@acme' }).remaining //=> 270
 * ```
 * @category Rules
 */
export function draftSocialPost(facts: SocialPostFacts): SocialPostDraft {
  const handle = facts.handle.startsWith('@') ? facts.handle : `@${facts.handle}`;
  const names = facts.departmentName === null ? facts.customerName : `${facts.customerName} – ${facts.departmentName}`;
  const own = facts.text?.trim() ?? '';
  const text = `${names} ${handle}${own === '' ? '' : ` ${own}`}`.normalize('NFC');
  const length = postLength(text);
  return { text, length, limit: postLimit, remaining: postLimit - length, fits: length <= postLimit };
}
