import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliMessages } from '../../../src/cli/check/cliMessages.js';
import { messages } from '../../../src/index.js';
import { checkWorkspace } from '../../helpers/checkCli.js';

const { dir, file, run, remove } = checkWorkspace();
afterAll(remove);

/** zod as the test's own modules load it, for a declaration module written into the temporary folder. */
const zod = new URL('../../../node_modules/zod/index.js', import.meta.url).href;

const jsonSchema = {
  type: 'object',
  properties: { vmsId: { type: 'string', maxLength: 40 }, unionShop: { type: 'boolean' }, orientationDate: { type: 'string', format: 'date' } },
  required: ['vmsId'],
};
const schemaConfig = file('schema.config.json', JSON.stringify({ customFields: { customers: jsonSchema } }));

const header = 'id,name,custom.vmsId,custom.unionShop,custom.orientationDate,custom.legacy';
const csv = [
  header,
  'c1,Acme,V-1,true,2024-01-05,',
  'c2,Beta,,false,2024-02-30,old',
  `c3,Gamma,${'V'.repeat(41)},maybe,,old`,
  'c4,Delta,V-4,,,old',
].join('\n');
const ndjson = [
  { id: 'c1', name: 'Acme', custom: { vmsId: 'V-1', unionShop: true, orientationDate: '2024-01-05' } },
  { id: 'c2', name: 'Beta', custom: { unionShop: false, orientationDate: '2024-02-30', legacy: 'old' } },
  { id: 'c3', name: 'Gamma', custom: { vmsId: 'V'.repeat(41), unionShop: 'maybe', legacy: 'old' } },
  { id: 'c4', name: 'Delta', custom: { vmsId: 'V-4', legacy: 'old' } },
  { id: 'c5', name: 'Epsilon' },
]
  .map((record) => JSON.stringify(record))
  .join('\n');

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  path: string[];
  location: { line: number; file: string };
}
const findings = (stdout: string) => (JSON.parse(stdout) as { findings: Finding[] }).findings;
const shown = (stdout: string) => findings(stdout).map((f) => [f.location.line, f.ruleId, f.severity, f.path.join('.'), f.message]);

/** What the JSON Schema declaration finds in `csv` and `ndjson`: their records are alike, line for line. */
const expected = [
  [3, 'custom-field', 'error', 'custom.vmsId', messages.checkField('custom.vmsId', messages.required)],
  [3, 'custom-field', 'error', 'custom.orientationDate', 'custom.orientationDate must be a valid calendar date (YYYY-MM-DD)'],
  [3, 'undeclared-custom-field', 'warn', 'custom.legacy', messages.checkUndeclaredCustomField('legacy', 'customers')],
  [4, 'custom-field', 'error', 'custom.vmsId', 'custom.vmsId must be at most 40 characters'],
  [4, 'custom-field', 'error', 'custom.unionShop', 'custom.unionShop must be true or false'],
  [4, 'undeclared-custom-field', 'warn', 'custom.legacy', messages.checkUndeclaredCustomField('legacy', 'customers')],
  [5, 'undeclared-custom-field', 'warn', 'custom.legacy', messages.checkUndeclaredCustomField('legacy', 'customers')],
];

describe('staffcore check with customFields', () => {
  describe('a JSON Schema declaration', () => {
    it('checks the custom.<field> columns of a CSV: values by the declaration, a required field in an empty cell, an undeclared column', async () => {
      const { code, stdout, stderr } = await run([file('customers.csv', csv), '-f', 'json', '-c', schemaConfig]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      expect(shown(stdout)).toEqual(expected);
    });

    it('checks custom objects of NDJSON records alike, and leaves a record without custom alone (a partial export)', async () => {
      const { code, stdout } = await run([file('customers.ndjson', ndjson), '-f', 'json', '-c', schemaConfig]);
      expect(code).toBe(1);
      // NDJSON has no header line: each record is one line up.
      expect(shown(stdout)).toEqual(expected.map(([line, ...rest]) => [(line as number) - 1, ...rest]));
    });

    it('reads a declared boolean or number cell as one, and an empty cell of a nullable field as null', async () => {
      const config = file(
        'typed.config.json',
        JSON.stringify({ customFields: { customers: { type: 'object', properties: { headcount: { type: 'integer' }, unionShop: { type: 'boolean' }, note: { type: ['string', 'null'] } }, required: ['headcount', 'unionShop', 'note'] } } }),
      );
      const typed = ['id,name,custom.headcount,custom.unionShop,custom.note', 'c1,Acme,12,false,', 'c2,Beta,1.5,true,x'].join('\n');
      const { code, stdout, stderr } = await run([file('typed.csv', typed), '-f', 'json', '-c', config]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      expect(findings(stdout).map((f) => [f.location.line, f.path.join('.')])).toEqual([[3, 'custom.headcount']]);
    });

    it('does not require a declared field of a CSV without its column, but still of a record that carries custom', async () => {
      const { code, stdout } = await run([file('partial.csv', ['id,name,custom.unionShop', 'c1,Acme,true'].join('\n')), '-f', 'json', '-c', schemaConfig]);
      expect([code, findings(stdout)]).toEqual([0, []]);
      const json = await run([file('partial.ndjson', JSON.stringify({ id: 'c1', name: 'Acme', custom: { unionShop: true } })), '-f', 'json', '-c', schemaConfig]);
      expect(shown(json.stdout)).toEqual([[1, 'custom-field', 'error', 'custom.vmsId', 'custom.vmsId is required']]);
    });

    it('reports a custom that is not an object once, as an error', async () => {
      const { stdout } = await run([file('bad.ndjson', JSON.stringify({ id: 'c1', name: 'Acme', custom: ['V-1'] })), '-f', 'json', '-c', schemaConfig]);
      expect(shown(stdout)).toEqual([[1, 'custom-field', 'error', 'custom', 'custom must be an object']]);
    });
  });

  describe('a module declaration', () => {
    file(
      'custom-fields.mjs',
      `import * as z from '${zod}';\nexport default {\n  customers: { vmsId: z.string().max(40), unionShop: z.boolean().optional(), orientationDate: z.iso.date().optional() },\n  orders: { poNumber: z.string().max(8) },\n};\n`,
    );

    it('takes the default export of a module named relative to the config file, for every kind of record', async () => {
      const config = file('module.config.json', JSON.stringify({ customFields: './custom-fields.mjs' }));
      const { code, stdout } = await run([file('customers.csv', csv), '-f', 'json', '-c', config]);
      expect(code).toBe(1);
      expect(shown(stdout).map(([line, rule, , path]) => [line, rule, path])).toEqual(expected.map(([line, rule, , path]) => [line, rule, path]));
    });

    it('checks the custom values of orders too, and takes one kind of record from a module', async () => {
      const config = file('orders.config.json', JSON.stringify({ customFields: { orders: './custom-fields.mjs' } }));
      const orders = file('orders.csv', ['id,customerId,custom.poNumber', 'o1,c1,PO-12', 'o2,c1,PO-123456', 'o3,c1,'].join('\n'));
      const { code, stdout } = await run([file('one.ndjson', JSON.stringify({ id: 'c1', name: 'Acme' })), '--orders', orders, '-f', 'json', '-c', config]);
      expect(code).toBe(1);
      expect(shown(stdout).map(([line, rule, , path, message]) => [line, rule, path, message])).toEqual([
        [3, 'custom-field', 'custom.poNumber', 'custom.poNumber must be at most 8 characters'],
        [4, 'custom-field', 'custom.poNumber', 'custom.poNumber is required'],
      ]);
    });

    it('takes a named export customFields', async () => {
      file('named.mjs', `import * as z from '${zod}';\nexport const customFields = { customers: { vmsId: z.string() } };\n`);
      const config = file('named.config.json', JSON.stringify({ customFields: './named.mjs' }));
      const { stdout } = await run([file('named.ndjson', JSON.stringify({ id: 'c1', name: 'Acme', custom: { vmsId: 7 } })), '-f', 'json', '-c', config]);
      expect(shown(stdout).map(([, rule, , path]) => [rule, path])).toEqual([['custom-field', 'custom.vmsId']]);
    });
  });

  describe('a module exporting what a host gives createStaffcore', () => {
    // The built package's defineCustomFields, as a host's module would import it from 'staffcore'.
    const staffcore = new URL('../../../dist/index.js', import.meta.url).href;
    it.skipIf(!existsSync(new URL(staffcore)))('takes a set made with defineCustomFields (skipped until `npm run build` has run)', async () => {
      file('defined.mjs', `import * as z from '${zod}';\nimport { defineCustomFields } from '${staffcore}';\nexport default defineCustomFields({ customers: { vmsId: z.string().max(4) } });\n`);
      const config = file('defined.config.json', JSON.stringify({ customFields: './defined.mjs' }));
      const { stdout } = await run([file('defined.ndjson', JSON.stringify({ id: 'c1', name: 'Acme', custom: { vmsId: 'V-1042' } })), '-f', 'json', '-c', config]);
      expect(shown(stdout).map(([, rule, , path]) => [rule, path])).toEqual([['custom-field', 'custom.vmsId']]);
    });
  });

  describe('reports', () => {
    it('groups a repeated custom-field finding in stylish: one line per rule and field, with a count and the lines', async () => {
      const { stdout } = await run([file('customers.csv', csv), '-c', schemaConfig]);
      expect(stdout).toContain(`${messages.checkUndeclaredCustomField('legacy', 'customers')}: 3 records, lines 3–5`);
      expect(stdout.split('\n').filter((line) => line.includes('custom.legacy'))).toHaveLength(1);
      expect(stdout).toContain(cliMessages.problems(7, 4, 3));
    });

    it('--ignore-field custom.vmsId drops the findings on that field; fields in the config set their severity', async () => {
      const ignored = await run([file('customers.csv', csv), '-f', 'json', '-c', schemaConfig, '--ignore-field', 'custom.vmsId']);
      expect(shown(ignored.stdout).filter(([, , , path]) => path === 'custom.vmsId')).toEqual([]);
      expect(shown(ignored.stdout)).toHaveLength(5);
      const config = file('fields.config.json', JSON.stringify({ customFields: { customers: jsonSchema }, fields: { custom: 'warn', 'custom.legacy': 'off' } }));
      const { code, stdout } = await run([file('customers.csv', csv), '-f', 'json', '-c', config]);
      expect(code).toBe(0);
      expect(findings(stdout).map((f) => f.severity)).toEqual(['warn', 'warn', 'warn', 'warn']);
    });

    it('a baseline holds custom-field findings like any other', async () => {
      const baseline = join(dir, 'baseline.json');
      expect((await run([file('customers.csv', csv), '-c', schemaConfig, '--baseline', baseline])).code).toBe(0);
      const written = JSON.parse(readFileSync(baseline, 'utf8')) as { findings: { customers: Record<string, Record<string, number>> } };
      expect(Object.keys(written.findings.customers)).toEqual(['custom-field', 'undeclared-custom-field']);
      expect((await run([file('customers.csv', csv), '-c', schemaConfig, '--baseline', baseline])).code).toBe(0);
    });
  });

  describe('without a declaration', () => {
    it('warns once per undeclared field, exits 0, and the unknown-field rule leaves custom alone', async () => {
      const { code, stdout } = await run([file('customers.csv', csv), '-f', 'json']);
      expect(code).toBe(0);
      const found = findings(stdout);
      expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['undeclared-custom-field']));
      expect(new Set(found.map((f) => f.path.join('.')))).toEqual(new Set(['custom.vmsId', 'custom.unionShop', 'custom.orientationDate', 'custom.legacy']));
      const json = await run([file('customers.ndjson', ndjson), '-f', 'json']);
      expect(findings(json.stdout).every((f) => f.ruleId === 'undeclared-custom-field' && f.severity === 'warn')).toBe(true);
    });
  });

  describe('a bad declaration exits 2 with one line naming the config file and the field', () => {
    const cases: [string, unknown, RegExp][] = [
      ['an unsupported JSON Schema type', { customers: { type: 'object', properties: { tags: { type: 'array' } } } }, /customFields\.customers\.tags must be a JSON Schema of type string/],
      ['a name a built-in field has', { customers: { type: 'object', properties: { name: { type: 'string' } } } }, new RegExp(`customFields\\.customers\\.name ${messages.customFieldCollides('customers')}`)],
      ['a JSON Schema that is not an object', { customers: { type: 'string' } }, /customFields\.customers must be a JSON Schema of "type": "object"/],
      ['a kind of record staffcore does not have', { workers: { type: 'object', properties: {} } }, /customFields\.workers must be one of/],
      ['a module that cannot be loaded', './missing.mjs', /customFields: cannot load the custom fields module \.\/missing\.mjs \(ERR_MODULE_NOT_FOUND\)/],
      ['a module without a declaration', './empty.mjs', /customFields: \.\/empty\.mjs has no custom-field declaration/],
      ['a zod declaration of an unsupported type', './array.mjs', /customFields\.customers\.tags must be a zod string/],
    ];
    file('empty.mjs', 'export const other = 1;\n');
    file('array.mjs', `import * as z from '${zod}';\nexport default { customers: { tags: z.array(z.string()) } };\n`);

    it.each(cases)('%s', async (_, customFields, message) => {
      const config = file('bad.config.json', JSON.stringify({ customFields }));
      const { code, stdout, stderr } = await run([file('customers.csv', csv), '-c', config]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.split('\n')).toEqual([expect.stringMatching(/^staffcore check: \S*bad\.config\.json: customFields/), '']);
      expect(stderr).toMatch(message);
    });
  });
});
