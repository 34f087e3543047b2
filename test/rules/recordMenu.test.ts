import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRecordAction, draftSocialPost, postLength, recordMenu, recordMenuItems, standardRoles, type RecordMenuContext } from '../../src/index.js';

const record = (status: string, twitter = false) => ({ id: '7', status, socialHandles: twitter ? [{ network: 'twitter' as const, handle: 'acme' }] : [] });
const rep = { roles: [standardRoles.salesRep] };

describe('checkRecordAction', () => {
  it('checks the permission first, then the integration, then the status, then the handle', () => {
    const context = (over: Partial<RecordMenuContext>): RecordMenuContext => ({ actor: rep, path: [record('X')], integrations: {}, ...over });
    expect(checkRecordAction('shareWithTwitter', context({ actor: { roles: [standardRoles.readOnly] } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(checkRecordAction('shareWithTwitter', context({}))).toMatchObject({ code: 'INTEGRATION_MISSING', reason: 'The organization has no Twitter/X integration' });
    expect(checkRecordAction('shareWithTwitter', context({ integrations: { twitter: true } }))).toMatchObject({ code: 'STATUS_BLOCKED', reason: 'Customer 7 is deleted; it cannot be shared' });
    expect(checkRecordAction('shareWithTwitter', context({ integrations: { twitter: true }, path: [record('A')] }))).toMatchObject({ code: 'BUSINESS_RULE', reason: 'Customer 7 has no Twitter/X handle' });
    expect(checkRecordAction('shareWithTwitter', context({ integrations: { twitter: true }, path: [record('A', true)] }))).toEqual({ allowed: true });
  });

  it('applies a hold or deletion up the tree to orders and assignments, and a deletion of the record itself to additions', () => {
    const path = [record('A'), { id: '1', status: 'H', socialHandles: [] }];
    const context: RecordMenuContext = { actor: { roles: [standardRoles.administrator] }, path, integrations: {} };
    expect(checkRecordAction('newOrder', context)).toMatchObject({ code: 'STATUS_BLOCKED', customerId: '1' });
    expect(checkRecordAction('assignEmployee', context)).toMatchObject({ code: 'STATUS_BLOCKED', customerId: '1' });
    expect(checkRecordAction('newContact', context)).toEqual({ allowed: true });
    expect(checkRecordAction('addDepartment', { ...context, path: [record('X')] })).toMatchObject({ reason: 'Customer 7 is deleted; no department can be added under it' });
  });

  it('is what the menu shows, entry for entry, for any roles, statuses and integrations', () => {
    const permissions = [...new Set(recordMenuItems.map((item) => item.permission))];
    fc.assert(
      fc.property(
        fc.subarray(permissions),
        fc.array(fc.constantFrom('P', 'A', 'H', 'I', 'X'), { minLength: 1, maxLength: 4 }),
        fc.record({ timeClock: fc.boolean(), twitter: fc.boolean() }),
        fc.boolean(),
        (granted, statuses, integrations, handle) => {
          const context: RecordMenuContext = {
            actor: { roles: [{ name: 'r', permissions: granted }] },
            path: statuses.map((status, i) => ({ ...record(status, handle), id: String(i + 1) })),
            integrations,
          };
          const menu = recordMenu(context);
          expect(menu.map((entry) => entry.id)).toEqual(recordMenuItems.map((item) => item.id));
          for (const entry of menu) {
            const verdict = checkRecordAction(entry.id, context);
            expect(entry.enabled).toBe(verdict.allowed);
            if (!verdict.allowed) expect([entry.code, entry.reason]).toEqual([verdict.code, verdict.reason]);
            // an entry needing a permission the roles lack is never enabled
            if (!granted.includes(recordMenuItems.find((item) => item.id === entry.id)!.permission)) expect(entry.code).toBe('FORBIDDEN');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not mutate the context', () => {
    const context: RecordMenuContext = { actor: rep, path: [record('H', true)], integrations: { twitter: true } };
    const copy = structuredClone(context);
    recordMenu(context);
    expect(context).toEqual(copy);
  });
});

describe('draftSocialPost', () => {
  it('prefills the customer and department name and the handle, and counts by code points', () => {
    expect(draftSocialPost({ customerName: 'Acme', departmentName: 'Warehouse', handle: 'acme' })).toEqual({
      text: 'Acme – Warehouse @acme',
      length: 22,
      limit: 280,
      remaining: 258,
      fits: true,
    });
    expect(draftSocialPost({ customerName: 'Acme', departmentName: null, handle: '@acme', text: '  hiring  ' }).text).toBe('Acme @acme hiring');
    expect(postLength('👋🏽')).toBe(2);
    expect(postLength('e\u0301')).toBe(1); // composed to é first
  });

  it('always leaves 280 minus the code points of its text, and fits exactly when that is not negative', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.option(fc.string({ unit: 'grapheme', maxLength: 400 }), { nil: undefined }), (name, text) => {
        const draft = draftSocialPost({ customerName: name, departmentName: null, handle: 'h', ...(text === undefined ? {} : { text }) });
        expect(draft.length).toBe(Array.from(draft.text.normalize('NFC')).length);
        expect(draft.remaining).toBe(280 - draft.length);
        expect(draft.fits).toBe(draft.remaining >= 0);
      }),
    );
  });
});
