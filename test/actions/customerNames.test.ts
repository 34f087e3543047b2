import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddCustomerInput, duplicateKeys, messages, standardRoles } from '../../src/index.js';
import { buildAgency } from '../helpers/agency.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';

const stores = storesUnderTest('names');

/** Names that name nothing: no letter and no digit once in normal form C and trimmed. */
const notNames = ['\u0301'.repeat(200), ' \u0301\u0308 ', '---', '!!!', '\u200d\u200b', '\u20dd'.repeat(50), '. , ;'];

describe.each(stores)('customer names on the %s store', (_name, makeStore) => {
  it('refuses a name without a letter or digit (200 combining marks, punctuation) with VALIDATION naming it, writing nothing', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    const admin = agency.as({ id: 'ada', name: 'Ada', branchId: agency.ids.company, roles: [standardRoles.administrator] });
    const feedBefore = (await admin.changes.since({ limit: 10_000 })).items.length;
    for (const name of notNames) {
      const error = await expectError(lee.customers.add({ name }), 'VALIDATION');
      expect(error.details.path, JSON.stringify(name)).toEqual(['name']);
      expect(error.details.issues).toEqual([{ path: ['name'], message: messages.nameWithoutLetterOrDigit }]);
    }
    const { customer: parent } = await lee.customers.add({ name: 'Acme' });
    const department = await expectError(lee.departments.add({ name: '\u0301'.repeat(200), parentId: parent.id }), 'VALIDATION');
    expect(department.details.path).toEqual(['name']);
    const renamed = await expectError(lee.customers.update({ id: parent.id, version: parent.version, changes: { name: '\u0301'.repeat(200) } }), 'VALIDATION');
    expect(renamed.details.path).toEqual(['changes', 'name']);
    expect(renamed.message).toContain(messages.nameWithoutLetterOrDigit);
    const many = await expectError(lee.customers.addMany({ rows: [{ name: 'Fine Foods' }, { name: '\u0301'.repeat(200) }] }), 'VALIDATION');
    expect(many.details.path).toEqual(['rows', 1, 'name']);
    const partial = await lee.customers.addMany({ rows: [{ name: 'Fine Foods' }, { name: '!!!' }], mode: 'validRowsOnly' });
    expect(partial.rejected.map((r) => [r.row, r.issues.map((i) => i.message)])).toEqual([[1, [messages.nameWithoutLetterOrDigit]]]);

    // only Acme and Fine Foods were written
    const feed = (await admin.changes.since({ limit: 10_000 })).items.slice(feedBefore);
    expect(feed.filter((e) => e.entity === 'customers').map((e) => e.changes['name']?.after)).toEqual(['Acme', 'Fine Foods']);
    expect((await lee.customers.get({ id: parent.id })).customer.version).toBe(parent.version);
  });

  it('still takes names of any script, width or accent, and a blank name is still "must not be blank" alone', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    for (const name of ['Ａcme', '3M', 'Ōsaka Foods', '株式会社トヨタ', 'Μύλος', 'e' + '\u0301'.repeat(199), '7-Eleven']) {
      const { customer } = await lee.customers.add({ name });
      expect(customer.name).toBe(name.normalize('NFC'));
    }
    const blank = await expectError(lee.customers.add({ name: '   ' }), 'VALIDATION');
    expect(blank.details.issues).toEqual([{ path: ['name'], message: 'must not be blank' }]);
  });

  it('stores a name in normal form C, so a decomposed accent finds the composed record by search and as a repeat', async () => {
    const agency = await buildAgency(await makeStore());
    const lee = agency.as(agency.lee);
    const { customer } = await lee.customers.add({ name: ' Cafe\u0301 Rio ' });
    expect(customer.name).toBe('Caf\u00e9 Rio');
    const again = await lee.customers.add({ name: 'Caf\u00e9 Rio' });
    expect(again.likelyDuplicates.map((d) => [d.customerId, d.name, d.reasons])).toEqual([[customer.id, 'Caf\u00e9 Rio', ['name']]]);
    const { customer: renamed } = await lee.customers.update({ id: again.customer.id, version: again.customer.version, changes: { name: 'Cre\u0300me Rio' } });
    expect(renamed.name).toBe('Cr\u00e8me Rio');
    const found = await lee.customers.search({ text: 'cafe\u0301' });
    expect(found.items.map((c) => c.id)).toEqual([customer.id]);
  });
});

describe('CustomerName', () => {
  it('accepts exactly the names holding a letter or digit once in normal form C and trimmed; each accepted name has a duplicate key unless it is only legal suffixes', () => {
    const piece = fc.constantFrom('a', 'Z', '7', 'é', 'e\u0301', '\u0301', '\u0308', ' ', '-', '.', '&', '\u200d', 'Ａ', '٣', 'ß', '株', 'inc', 'llc');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')), (name) => {
        const expected = name.normalize('NFC').trim();
        const parsed = AddCustomerInput.safeParse({ name });
        const valid = expected.length >= 1 && expected.length <= 200 && /[\p{L}\p{N}]/u.test(expected);
        expect(parsed.success).toBe(valid);
        if (!parsed.success) return;
        expect(parsed.data.name).toBe(expected);
        // A name of legal suffixes alone ("Inc.") folds to nothing: a gap of the name key, not of this rule.
        // The key folds accents first ("inć" is "inc"), so the check does too.
        const onlySuffixes = /^(?:[^\p{L}\p{N}]|inc|llc)*$/iu.test(expected.normalize('NFD').replace(/\p{M}/gu, ''));
        if (!onlySuffixes) expect(duplicateKeys({ name: parsed.data.name }).nameKey).not.toBeNull();
      }),
    );
  });
});
