import { readFileSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cliMessages } from '../../../src/cli/check/cliMessages.js';
import { messages } from '../../../src/index.js';
import { checkWorkspace } from '../../helpers/checkCli.js';

const { dir, file, run } = checkWorkspace();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const header = 'id,name,status,branchId,billingAddress.line1,billingAddress.city,billingAddress.region,billingAddress.postalCode,Region2';
const partial = [header, 'c1,Acme,A,b1,1 Main St,Minneapolis,MN,55401,north', 'c2,Beta Foods,A,b1,2 Main St,St Paul,MN,55102,south', 'c3,Gamma,A,b1,3 Main St,Duluth,MN,,east'].join('\n');
const json = (text: string) => JSON.parse(text) as { findings: { ruleId: string; severity: string; path: string[]; location: { line: number } }[] };

describe('a partial export is checked on the fields it has', () => {
  it('does not require an address field whose column the CSV does not have, and still checks the columns it has', async () => {
    const { code, stdout } = await run([file('partial.csv', partial), '-f', 'json', '--ignore-field', 'Region2']);
    expect(code).toBe(1);
    expect(json(stdout).findings.map((f) => [f.ruleId, f.path.join('.'), f.location.line])).toEqual([['schema', 'billingAddress.postalCode', 4]]);
  });

  it('still requires them of a record that carries its whole address (JSON has no header)', async () => {
    const record = { id: 'c1', name: 'Acme', billingAddress: { line1: '1 Main St', city: 'Minneapolis', region: 'MN', postalCode: '55401' } };
    const { stdout } = await run([file('whole.ndjson', `${JSON.stringify(record)}\n`), '-f', 'json']);
    expect(json(stdout).findings.map((f) => f.path.join('.'))).toEqual(['billingAddress.country', 'billingAddress.standardized']);
  });
});

describe('field settings', () => {
  it('--ignore-field drops every finding on a field or column, and its subfields', async () => {
    const before = json((await run([file('a.csv', partial), '-f', 'json'])).stdout).findings;
    expect(before.filter((f) => f.ruleId === 'unknown-field')).toHaveLength(3);
    const after = json((await run([file('a.csv', partial), '-f', 'json', '--ignore-field', 'Region2', '--ignore-field', 'billingAddress'])).stdout).findings;
    expect(after).toEqual([]);
  });

  it('staffcore.config.json sets a field for every rule or rule by rule; the most specific setting wins', async () => {
    const config = file(
      'fields.json',
      JSON.stringify({ fields: { Region2: 'off', billingAddress: 'warn', 'billingAddress.postalCode': { schema: 'error' }, email: { schema: 'warn' } } }),
    );
    const records = [header, 'c1,Acme,A,b1,1 Main St,Minneapolis,MN,,x', 'c2,Beta,A,b1,,Duluth,MN,55802,y'].join('\n');
    const { code, stdout } = await run([file('b.csv', records), '-f', 'json', '-c', config]);
    expect(code).toBe(1);
    expect(json(stdout).findings.map((f) => [f.path.join('.'), f.severity])).toEqual([
      ['billingAddress.postalCode', 'error'],
      ['billingAddress.line1', 'warn'],
    ]);
  });

  it('turns a rule on for one field even when the rule is off', async () => {
    const config = file('on.json', JSON.stringify({ rules: { 'unknown-field': 'off' }, fields: { Region2: { 'unknown-field': 'error' } } }));
    const csv = ['id,name,Region2,Legacy', 'c1,Acme,x,y'].join('\n');
    const { stdout } = await run([file('c.csv', csv), '-f', 'json', '-c', config]);
    expect(json(stdout).findings.map((f) => [f.ruleId, f.path.join('.'), f.severity])).toEqual([['unknown-field', 'Region2', 'error']]);
  });

  it('refuses an unknown rule or severity in a field setting, and an empty --ignore-field, with exit code 2', async () => {
    for (const fields of [{ email: { 'no-such-rule': 'off' } }, { email: 'loud' }, { '': 'off' }]) {
      const { code, stderr } = await run([file('d.csv', partial), '-c', file('bad.json', JSON.stringify({ fields }))]);
      expect(code, JSON.stringify(fields)).toBe(2);
      expect(stderr).toMatch(/^staffcore check: \S*bad\.json: .+\n/);
    }
    expect((await run([file('d.csv', partial), '--ignore-field', ' '])).stderr).toContain(cliMessages.badIgnoreField);
  });
});

describe('--baseline', () => {
  it('writes the findings when the file is missing, then fails only on new findings, and says what was fixed', async () => {
    const baseline = `${dir}/baseline.json`;
    rmSync(baseline, { force: true });
    const first = await run([file('legacy.csv', partial), '--baseline', baseline]);
    expect(first).toEqual({ code: 0, stdout: `${cliMessages.clean(3)}\n`, stderr: `${cliMessages.baselineWritten(baseline, 4)}\n` });
    const written = JSON.parse(readFileSync(baseline, 'utf8')) as { findings: Record<string, Record<string, Record<string, number>>> };
    expect(written.findings).toEqual({
      customers: { schema: { 'c3 billingAddress.postalCode': 1 }, 'unknown-field': { 'c1 Region2': 1, 'c2 Region2': 1, 'c3 Region2': 1 } },
    });

    // Tomorrow's export (another file name): c3 fixed, c4 new and wrong, c5 a new likely duplicate of c1.
    const tomorrow = [header, 'c1,Acme,A,b1,1 Main St,Minneapolis,MN,55401,north', 'c2,Beta Foods,A,b1,2 Main St,St Paul,MN,55102,south', 'c3,Gamma,A,b1,3 Main St,Duluth,MN,55802,east', 'c4,Delta,Q,b1,4 Main St,Duluth,MN,55802,', 'c5,ACME,A,b1,5 Main St,Edina,MN,55410,'].join('\n');
    const second = await run([file('tomorrow.csv', tomorrow), '--baseline', baseline, '-f', 'json']);
    expect(second.code).toBe(1);
    expect(json(second.stdout).findings.map((f) => [f.ruleId, f.location.line])).toEqual([
      ['unknown-field', 5],
      ['unknown-status', 5],
      ['unknown-field', 6],
      ['likely-duplicate-name', 6],
    ]);
    expect(second.stderr).toBe(`${cliMessages.baselineCompared(baseline, 3, 1)}\n`);

    const updated = await run([file('tomorrow.csv', tomorrow), '--baseline', baseline, '--update-baseline']);
    expect(updated.code).toBe(0);
    expect(updated.stderr).toBe(`${cliMessages.baselineWritten(baseline, 7)}\n`);
    expect((await run([file('tomorrow.csv', tomorrow), '--baseline', baseline])).code).toBe(0);
  });

  it('counts each accepted finding once: a second finding with the same key is new', async () => {
    const baseline = file('once.json', JSON.stringify({ staffcoreBaseline: 1, findings: { customers: { 'duplicate-id': { 'c1 id': 1 } } } }));
    const records = ['{"id":"c1","name":"A"}', '{"id":"c1","name":"B"}', '{"id":"c1","name":"C"}'].join('\n');
    const { code, stdout } = await run([file('dupes.ndjson', records), '--baseline', baseline, '-f', 'json']);
    expect(code).toBe(1);
    expect(json(stdout).findings.map((f) => [f.ruleId, f.location.line])).toEqual([['duplicate-id', 3]]);
  });

  it('refuses a file that is not a baseline, and --update-baseline alone, with exit code 2', async () => {
    for (const content of ['not json', '{"findings":{}}', '{"staffcoreBaseline":1,"findings":{"customers":{"schema":{"c1":0}}}}']) {
      const { code, stderr } = await run([file('e.ndjson', '{"id":"c1","name":"A"}\n'), '--baseline', file('bad-baseline.json', content)]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/bad-baseline\.json: not a staffcore baseline/);
    }
    expect((await run([file('e.ndjson', '{"id":"c1","name":"A"}\n'), '--update-baseline'])).stderr).toContain(cliMessages.updateWithoutBaseline);
  });

  it('accepts exactly what it wrote: any export checked against its own baseline is clean', async () => {
    const name = fc.constantFrom('Acme', 'acme inc', 'Beta', '', ' ', 'Gamma Foods');
    const record = fc.record({
      id: fc.constantFrom('c1', 'c2', 'c3', 'bad id', 7),
      name,
      parentId: fc.constantFrom(null, 'c1', 'c2', 'c9'),
      status: fc.constantFrom('A', 'P', 'X', 'Q', 'lower'),
      branchId: fc.constant('b1'),
      email: fc.constantFrom(null, 'ap@example.com', 'nope'),
    });
    let run_ = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 12 }), async (records) => {
        run_++;
        const input = file(`p${run_}.ndjson`, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
        const baseline = `${dir}/p${run_}.baseline.json`;
        const write = await run([input, '--baseline', baseline]);
        const compare = await run([input, '--baseline', baseline, '-f', 'json']);
        return write.code === 0 && compare.code === 0 && json(compare.stdout).findings.length === 0;
      }),
      { numRuns: 40 },
    );
  });
});

describe('the rules', () => {
  it('decide blocked work with the core effective status: a hold above the customer blocks its orders', async () => {
    const customers = ['{"id":"root","name":"Root","status":"H"}', '{"id":"dept","name":"Dept","parentId":"root","status":"A"}'].join('\n');
    const orders = ['id,customerId,state', 'o1,dept,open', 'o2,dept,closed'].join('\n');
    const { stdout } = await run([file('tree.ndjson', customers), '--orders', file('orders.csv', orders), '-f', 'json']);
    const [finding, ...rest] = (JSON.parse(stdout) as { findings: { ruleId: string; message: string }[] }).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'order-on-blocked-customer', message: messages.checkBlocked('order', 'o1', 'dept', 'H', 'Hold for credit check', true) });
  });
});
