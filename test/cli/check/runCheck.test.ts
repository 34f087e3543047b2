import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { cliMessages } from '../../../src/cli/check/cliMessages.js';
import { checkWorkspace } from '../../helpers/checkCli.js';
import { validateSarif } from './multitool.js';

const fixtures = 'test/fixtures/check';
const golden = (name: string) => `../../fixtures/check/golden/${name}`;
const { dir: temp, file, run, remove } = checkWorkspace();
afterAll(remove);

const related = ['--worksites', `${fixtures}/worksites.ndjson`, '--orders', `${fixtures}/orders.csv`];

describe('staffcore check', () => {
  describe('report formats (golden files)', () => {
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github'] as const) {
      it(`writes ${format}`, async () => {
        const { code, stdout, stderr } = await run([`${fixtures}/customers.ndjson`, '--format', format, ...related]);
        expect(stderr).toBe('');
        expect(code).toBe(1);
        await expect(stdout).toMatchFileSnapshot(golden(`customers.${format}.${format === 'junit' ? 'xml' : format === 'stylish' || format === 'github' ? 'txt' : 'json'}`));
      });
    }

    it('escapes control characters of names in every text format: no new line, no workflow command, no terminal escape', async () => {
      const evil = 'Acme\n::error file=x::pwned\u001b[2J\r\u2028';
      const records = [
        { id: 'c1', name: evil, parentId: null, status: 'P', branchId: 'mpls' },
        { id: 'c2', name: evil, parentId: null, status: 'P', branchId: 'mpls' },
        { id: 'c3', name: 'B', parentId: null, status: 'P', branchId: 'mpls', 'x\n::warning::field': 1 },
      ];
      const path = file('evil.ndjson', records.map((r) => JSON.stringify(r)).join('\n'));
      for (const format of ['stylish', 'github', 'junit'] as const) {
        const { code, stdout } = await run([path, '--format', format]);
        expect(code, format).toBe(0);
        expect(stdout, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028]/);
        // Every line of the output is one the format itself starts: no line begins with a workflow command from the data.
        const lines = stdout.split('\n');
        expect(lines.filter((line) => /^::(error|warning)/.test(line)).length, format).toBe(format === 'github' ? 2 : 0);
        expect(stdout, format).toContain('Acme\\n::error file=x::pwned\\x1b[2J\\r\\u2028');
      }
      // stylish with colour: the only escape sequences are the colours it paints.
      const coloured = (await run([path], { tty: true })).stdout;
      expect(coloured.match(/\u001b\[[0-9;]*[A-Za-z]/g)!.every((seq) => /^\u001b\[[0-9;]*m$/.test(seq))).toBe(true);
      expect(coloured).not.toContain('\u001b[2J');
    });

    it('colours stylish output on a terminal, and never with NO_COLOR', async () => {
      expect((await run([`${fixtures}/customers.ndjson`], { tty: true })).stdout).toContain('\u001b[31m');
      expect((await run([`${fixtures}/customers.ndjson`], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
      expect((await run([`${fixtures}/customers.ndjson`])).stdout).not.toContain('\u001b[');
    });

    it('writes SARIF 2.1.0 that validates against the SARIF schema, with a stable fingerprint per finding', async () => {
      const { stdout } = await run([`${fixtures}/customers.ndjson`, '-f', 'sarif', ...related]);
      const schema = JSON.parse(readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8')) as object;
      // unicodeRegExp off: the schema's `language` pattern is not a valid regular expression in unicode mode.
      const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      const log = JSON.parse(stdout) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      const prints = log.runs[0]!.results.map((r) => r.partialFingerprints['staffcoreFinding/v1']);
      expect(new Set(prints).size).toBe(prints.length);
      // Lines moving (a record added on top) keep every fingerprint.
      const original = readFileSync(`${fixtures}/customers.ndjson`, 'utf8');
      const printsOf = async () => {
        const l = JSON.parse((await run([join(temp, 'moving.ndjson'), '-f', 'sarif'])).stdout) as typeof log;
        return l.runs[0]!.results.map((r) => r.partialFingerprints['staffcoreFinding/v1']).sort();
      };
      file('moving.ndjson', original);
      const before = await printsOf();
      file('moving.ndjson', `{"id":"c0","name":"Zeta"}\n${original}`);
      const again = await printsOf();
      expect(again).toEqual(before);
    });

    it('writes SARIF that the SARIF Multitool passes with its GitHub rules: no error, no warning', { timeout: 120_000 }, async () => {
      const { stdout } = await run([`${fixtures}/customers.ndjson`, '-f', 'sarif', ...related]);
      const { results } = validateSarif(stdout);
      expect(results.map((r) => `${r.ruleId}: ${r.message.text ?? r.message.arguments?.join(' ')}`)).toEqual([]);
      const log = JSON.parse(stdout) as { runs: { tool: { driver: { rules: { id: string; name: string; help: { markdown: string } }[] } }; results: { message: { text: string } }[] }[] };
      for (const rule of log.runs[0]!.tool.driver.rules) expect(rule.name).not.toBe(rule.id);
      for (const result of log.runs[0]!.results) expect(result.message.text).toMatch(/\.$/);
    });

    it('shows a finding repeated down a column as one line of stylish, structural problems and errors first', async () => {
      const rows = Array.from({ length: 1984 }, (_, i) => `c${i + 1},Customer ${i + 1},P,mpls,${i + 1 === 700 ? 'c0' : ''},x`);
      const path = file('region2.csv', `id,name,status,branchId,parentId,Region2\n${rows.join('\n')}\n`);
      const { code, stdout } = await run([path]);
      expect(code).toBe(1);
      expect(stdout.split('\n').slice(1, 3)).toEqual([
        '  701  error    customer c700 names parent c0, which is not in the export                 missing-parent',
        '    2  warning  Region2 is not a field of a customer record: 1,984 records, lines 2–1985  unknown-field',
      ]);
      expect(stdout).toContain(cliMessages.problems(1985, 1, 1984));
    });

    it('appends a Markdown summary to GITHUB_STEP_SUMMARY, in every format', async () => {
      const summary = join(temp, 'step-summary.md');
      writeFileSync(summary, '# Earlier step\n\n');
      for (const format of ['stylish', 'json', 'sarif', 'junit', 'github'] as const) {
        const { code, stderr } = await run([`${fixtures}/customers.ndjson`, '-f', format, ...related], { env: { GITHUB_STEP_SUMMARY: summary } });
        expect([code, stderr]).toEqual([1, '']);
      }
      const markdown = readFileSync(summary, 'utf8');
      expect(markdown.startsWith('# Earlier step\n\n### staffcore check: ✖ 11 problems (8 errors, 3 warnings)\n')).toBe(true);
      expect(markdown.match(/^### staffcore check/gm)).toHaveLength(5);
      expect(markdown).toContain('| MissingParent (missing-parent) | error | 1 |');
      expect(markdown).toContain('| error | test/fixtures/check/customers.ndjson:3 | status "Q" is not in the status catalog | unknown-status |');
    });

    it('says so on stderr when GITHUB_STEP_SUMMARY cannot be written, and keeps the exit code', async () => {
      const summary = join(temp, 'no-such-dir', 'summary.md');
      const { code, stdout, stderr } = await run([`${fixtures}/clean.ndjson`], { env: { GITHUB_STEP_SUMMARY: summary } });
      expect([code, stdout]).toEqual([0, `${cliMessages.clean(1)}\n`]);
      expect(stderr).toBe(`${cliMessages.cannotWriteSummary(summary, 'ENOENT')}\n`);
    });

    it('writes the report to -o FILE', async () => {
      const out = join(temp, 'report.xml');
      const { code, stdout } = await run([`${fixtures}/customers.ndjson`, '-f', 'junit', '-o', out]);
      expect([code, stdout]).toEqual([1, '']);
      expect(readFileSync(out, 'utf8')).toContain('<testsuites>');
    });

    it('writes JUnit XML that parses when a name holds "]]>" (it used to end a CDATA section early)', async () => {
      const records = [
        { id: 'c1', name: 'A ]]> B', parentId: null, status: 'P', branchId: 'mpls' },
        { id: 'c2', name: 'a ]]> b', parentId: null, status: 'P', branchId: 'mpls' },
      ];
      const path = file('cdata.ndjson', records.map((r) => JSON.stringify(r)).join('\n'));
      const { code, stdout, stderr } = await run([path, '-f', 'junit']);
      expect([code, stderr]).toEqual([0, '']);
      expect(XMLValidator.validate(stdout)).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false, parseAttributeValue: false, parseTagValue: false }).parse(stdout) as {
        testsuites: { testsuite: { testcase: { failure: { '@message': string; '#text': string } } } };
      };
      const failure = parsed.testsuites.testsuite.testcase.failure;
      expect(failure['@message']).toMatch(/^"a \]\]> b" looks like a duplicate: same folded name "a b"/);
      expect(failure['#text']).toMatch(/^.*cdata\.ndjson:2: warn: "a \]\]> b" looks like a duplicate: .* \(likely-duplicate-name\)$/);
    });
  });

  describe('exit codes', () => {
    it('is 0 for a clean file, with a one-line summary', async () => {
      expect(await run([`${fixtures}/clean.ndjson`])).toEqual({ code: 0, stdout: `${cliMessages.clean(1)}\n`, stderr: '' });
    });

    it('is 0 with warnings only, and 1 with more warnings than --max-warnings', async () => {
      expect((await run([`${fixtures}/warning-only.ndjson`])).code).toBe(0);
      const strict = await run([`${fixtures}/warning-only.ndjson`, '--max-warnings', '0']);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toBe(`${cliMessages.tooManyWarnings(1, 0)}\n`);
    });

    it('follows --rule and staffcore.config.json', async () => {
      expect((await run([`${fixtures}/warning-only.ndjson`, '--rule', 'active-without-billing-address=error'])).code).toBe(1);
      const config = file('config.json', JSON.stringify({ rules: { 'active-without-billing-address': 'off' } }));
      expect((await run([`${fixtures}/warning-only.ndjson`, '--max-warnings', '0', '-c', config])).code).toBe(0);
    });

    it('is 2 for a usage mistake, with one line and a pointer to the help', async () => {
      for (const args of [[], ['a.ndjson', 'b.ndjson'], ['x.ndjson', '--format', 'xml'], ['x.ndjson', '--rule', 'nope=off'], ['x.ndjson', '--rule', 'cycle=loud'], ['x.txt'], ['x.ndjson', '--max-warnings', 'many'], ['x.ndjson', '--bogus']]) {
        const { code, stdout, stderr } = await run(args);
        expect([code, stdout], args.join(' ')).toEqual([2, '']);
        expect(stderr).toMatch(/^staffcore check: .*\nRun "staffcore check --help" for the options\.\n$/);
      }
    });

    it('prints the help with examples', async () => {
      const { code, stdout } = await run(['--help']);
      expect(code).toBe(0);
      expect(stdout).toContain('Examples:');
    });
  });

  describe('bad input: one line with the file and line, exit code 2', () => {
    const bad = async (name: string, content: string | Buffer, extra: readonly string[] = []) => {
      const path = file(name, content);
      const { code, stdout, stderr } = await run([path, ...extra]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.split('\n')).toHaveLength(2);
      return stderr.replace(path, name).trim();
    };

    it('a broken JSON line', async () => {
      expect(await bad('broken.ndjson', '{"id":"c1","name":"A"}\n{"id":"c2",\n')).toMatch(/^staffcore check: broken\.ndjson:2: not valid JSON: /);
    });

    it('a broken JSON array, at the line of the mistake', async () => {
      expect(await bad('broken.json', '[\n  {"id":"c1","name":"A"},\n  {"id":"c2" "name":"B"}\n]\n')).toMatch(/^staffcore check: broken\.json:3: not valid JSON: /);
      expect(await bad('object.json', '{"id":"c1"}')).toBe(`staffcore check: object.json:1: ${cliMessages.notAnArray}`);
    });

    it('bad CSV quoting', async () => {
      expect(await bad('quote.csv', 'id,name\nc1,"Acme\nc2,B\n')).toMatch(/^staffcore check: quote\.csv:2: bad CSV: Quote Not Closed/);
      expect(await bad('columns.csv', 'id,name\nc1,A,extra\n')).toMatch(/^staffcore check: columns\.csv:2: bad CSV: /);
    });

    it('an empty file, in each format', async () => {
      expect(await bad('empty.ndjson', '')).toBe(`staffcore check: empty.ndjson: ${cliMessages.empty}`);
      expect(await bad('blank.json', '\n  \n')).toBe(`staffcore check: blank.json: ${cliMessages.empty}`);
      expect(await bad('empty.csv', '')).toBe(`staffcore check: empty.csv: ${cliMessages.empty}`);
    });

    it('a line of 10 MB', async () => {
      const huge = `{"id":"c2","name":"A","notes":"${'x'.repeat(10 * 1024 * 1024)}"}`;
      expect(await bad('huge.ndjson', `{"id":"c1","name":"A"}\n${huge}\n`)).toBe(`staffcore check: huge.ndjson:2: ${cliMessages.tooLong(1024 * 1024)}`);
      expect(await bad('huge.json', `[\n{"id":"c1","name":"A"},\n${huge}]`)).toBe(`staffcore check: huge.json:3: ${cliMessages.tooLong(1024 * 1024)}`);
      expect(await bad('huge.csv', `id,name,notes\nc1,A,${'x'.repeat(10 * 1024 * 1024)}\n`)).toBe(`staffcore check: huge.csv:2: ${cliMessages.tooLong(1024 * 1024)}`);
    });

    it('an unreadable file', async () => {
      expect((await run([join(temp, 'missing.ndjson')])).stderr).toBe(`staffcore check: ${join(temp, 'missing.ndjson')}: ${cliMessages.cannotRead('no such file')}\n`);
      expect((await run([temp, '--input-format', 'ndjson'])).stderr).toBe(`staffcore check: ${temp}: ${cliMessages.cannotRead('it is a directory')}\n`);
    });
  });

  describe('input that is accepted', () => {
    const expectedLines = async (path: string, extra: readonly string[] = []) => {
      const { stdout } = await run([path, '-f', 'json', ...extra]);
      return (JSON.parse(stdout) as { findings: { location: { line: number } }[] }).findings.map((f) => f.location.line);
    };

    it('a byte order mark and CRLF line ends, in each format', async () => {
      const bom = '\uFEFF';
      expect(await expectedLines(file('crlf.ndjson', `${bom}{"id":"c1","name":"A"}\r\n\r\n{"id":"c2","name":""}\r\n`))).toEqual([3]);
      expect(await expectedLines(file('crlf.json', `${bom}[\r\n{"id":"c1","name":"A"},\r\n{"id":"c2","name":""}\r\n]\r\n`))).toEqual([3]);
      expect(await expectedLines(file('crlf.csv', `${bom}id,name,notes\r\nc1,A,"two\r\nlines"\r\n\r\nc2,,\r\n`))).toEqual([5]);
    });

    it('standard input, as NDJSON unless told otherwise', async () => {
      expect((await run(['-'], { stdin: '{"id":"c1","name":"A"}\n' })).code).toBe(0);
      const csv = await run(['-', '--input-format', 'csv', '-f', 'json'], { stdin: 'id,name\nc1,\n' });
      expect(JSON.parse(csv.stdout)).toMatchObject({ records: 1, findings: [{ ruleId: 'schema', location: { file: '<stdin>', line: 2 } }] });
    });

    it('CSV with nested address columns and typed cells', async () => {
      const csv = file(
        'typed.csv',
        'id,name,version,status,billingAddress.line1,billingAddress.city,billingAddress.region,billingAddress.postalCode,billingAddress.country,billingAddress.standardized,terms.label,terms.netDays,socialHandles\n' +
          'c1,Acme,3,A,400 Main St,Minneapolis,MN,55401,US,false,Net 30,30,"[{""network"":""twitter"",""handle"":""acme""}]"\n' +
          'c2,Beta,1,A,,,,,,,,,\n',
      );
      const { stdout } = await run([csv, '-f', 'json']);
      expect((JSON.parse(stdout) as { findings: { ruleId: string; recordId: string }[] }).findings.map((f) => [f.ruleId, f.recordId])).toEqual([['active-without-billing-address', 'c2']]);
    });
  });
});
