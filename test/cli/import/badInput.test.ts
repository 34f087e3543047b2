import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliMessages } from '../../../src/cli/check/cliMessages.js';
import { tempFiles } from '../../helpers/tempFiles.js';
import { importTargets, staffcore } from './importTargets.js';

const { dir: temp, file, remove } = tempFiles('staffcore-import-bad-');
afterAll(remove);

describe('staffcore import, bad input: one line with the file and line, exit 2, nothing of the chunk being read imported', () => {
  for (const target of importTargets('cli_import_bad')) {
    describe(target.label, () => {
      /** Runs the import of `path`; returns its one stderr line, the path shown as `name`. */
      const bad = async (path: string, name: string, extra: readonly string[] = []) => {
        const run = staffcore(['import', path, ...target.at, ...extra]);
        expect(run).toMatchObject({ status: 2, stdout: '' });
        expect(run.stderr).toMatch(/^staffcore import: [^\n]+\n$/);
        expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
        return run.stderr.replace(path, name).trim();
      };

      it('bad CSV quoting: the rows read before it are not sent', async () => {
        const path = file('quote.csv', 'name,notes\nGood One,\nGood Two,\n"Bad Three,x\nGood Four,\n');
        expect(await bad(path, 'quote.csv')).toMatch(/^staffcore import: quote\.csv:4: bad CSV: Quote Not Closed.* \(nothing was imported\)$/);
      });

      it('an empty file, or a CSV header without rows', async () => {
        // a CSV of a header row and no rows is as empty as an empty file
        for (const name of ['empty.ndjson', 'header.csv']) {
          expect(await bad(file(name, name === 'header.csv' ? 'name,phone\n' : ''), name)).toBe(`staffcore import: ${name}: ${cliMessages.empty}`);
        }
      });

      it('an unreadable file: missing, or a directory', async () => {
        expect(await bad(join(temp, 'missing.ndjson'), 'missing.ndjson')).toBe(`staffcore import: missing.ndjson: ${cliMessages.cannotRead('no such file')}`);
        const dir = join(temp, 'folder.ndjson');
        mkdirSync(dir, { recursive: true });
        expect(await bad(dir, 'folder.ndjson')).toBe(`staffcore import: folder.ndjson: ${cliMessages.cannotRead('it is a directory')}`);
      });

      it('a line of 10 MB', async () => {
        const path = file('huge.ndjson', `{"name":"Fine"}\n{"name":"A","notes":"${'x'.repeat(10 * 1024 * 1024)}"}\n`);
        expect(await bad(path, 'huge.ndjson')).toBe(`staffcore import: huge.ndjson:2: ${cliMessages.tooLong(1024 * 1024)} (nothing was imported)`);
      });

      // Each bad input above had good rows before its mistake, in the chunk being read: none of them may be saved.
      it('left nothing of any of them in the database', async () => {
        expect(await target.count()).toBe(0);
      });
    });
  }
});
