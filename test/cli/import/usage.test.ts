import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { importMessages } from '../../../src/cli/import/importMessages.js';
import { parseImportArgs } from '../../../src/cli/import/parseImportArgs.js';
import { runImport } from '../../../src/cli/import/runImport.js';

/** Runs `staffcore import` in this process (usage errors never open a database), capturing its streams. */
async function run(args: readonly string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (into: string[]) => new Writable({ write: (chunk: Buffer, _e, done) => (into.push(chunk.toString()), done()) });
  const code = await runImport(args, { stdin: new PassThrough(), stdout: stream(out), stderr: stream(err), env });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('staffcore import: usage errors', () => {
  it.each([
    [[], importMessages.noFile],
    [['a.ndjson', 'b.ndjson', '-d', 'x'], importMessages.oneFile('b.ndjson')],
    [['a.ndjson'], importMessages.noDatabase],
    [['a.txt', '-d', 'x'], 'cannot tell the input format of "a.txt" from its extension: use --input-format json, ndjson or csv'],
    [['a.ndjson', '-d', 'x', '--input-format', 'xml'], importMessages.badChoice('input-format', 'xml', ['json', 'ndjson', 'csv'])],
    [['a.ndjson', '-d', 'x', '--chunk', '0'], importMessages.badWholeNumber('chunk', '0', 1, 100_000)],
    [['a.ndjson', '-d', 'x', '--chunk', '1e3'], importMessages.badWholeNumber('chunk', '1e3', 1, 100_000)],
    [['a.ndjson', '-d', 'x', '--from-row=-4'], importMessages.badWholeNumber('from-row', '-4', 1, 999_999_999)],
    [['a.ndjson', '-d', 'x', '--role', 'billing'], importMessages.roleCannotAdd('billing')],
    [['a.ndjson', '-d', 'x', '--role', 'boss'], importMessages.badChoice('role', 'boss', ['administrator', 'salesRep'])],
    [['a.ndjson', '-d', 'x', '--actor', 'dana reyes'], importMessages.badActor('dana reyes')],
    [['a.ndjson', '-d', 'x', '--schema', 'Not A Schema'], expect.stringContaining('--schema "Not A Schema": ')],
    [['a.ndjson', '-d', 'x', '--frobnicate'], "Unknown option '--frobnicate'"],
  ])('%j: one line, exit 2', async (args, message) => {
    const result = await run(args);
    expect(result).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^staffcore import: [^\n]+ \(see staffcore import --help\)\n$/) });
    expect(result.stderr.replace(/^staffcore import: /, '').replace(/ \(see staffcore import --help\)\n$/, '')).toEqual(message);
  });

  it('an unreachable server: one line without the password, exit 2', async () => {
    const result = await run(['a.ndjson', '-d', 'postgres://someone:hunter2@127.0.0.1:1/nowhere']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^staffcore import: cannot connect to postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: .*ECONNREFUSED[^\n]*\n$/);
  });

  it('takes DATABASE_URL, and puts the rejected rows next to the input (or in the current directory for standard input)', () => {
    expect(parseImportArgs(['data/export.csv'], { DATABASE_URL: 'postgres://db/app' })).toMatchObject({
      database: 'postgres://db/app',
      inputFormat: 'csv',
      rejected: 'data/export.csv.rejected.csv',
      chunk: 1000,
      fromRow: 1,
      actor: 'staffcore-import',
      role: null,
    });
    expect(parseImportArgs(['-', '-d', 'x'], {})).toMatchObject({ inputFormat: 'ndjson', rejected: 'staffcore-import.rejected.csv' });
  });
});
