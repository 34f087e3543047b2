import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { latestVersion } from '../../../src/adapters/postgres/migrationPlan.js';
import { needsServer } from '../../helpers/stores.js';
import { tempFiles } from '../../helpers/tempFiles.js';
import { importTargets, staffcore } from './importTargets.js';

const oneLine = /^staffcore import: [^\n]+\n$/;
const stackTrace = /\bat .*:\d+:\d+/;
const summary = (read: number, added: number, rejected: number, duplicates: number) =>
  new RegExp(`^${read} rows? read, ${added} added, ${rejected} rejected, ${duplicates} likely duplicates? in \\d+\\.\\d s \\(\\d[\\d,]* rows/s\\)$`, 'm');

const { dir: temp, file, remove } = tempFiles('staffcore-import-files-');
afterAll(remove);

describe('staffcore import, run as a process', () => {
  for (const target of importTargets('cli_import')) {
    describe(target.label, () => {
      it('imports a clean CSV: every row in the database, a summary with the throughput, exit 0', async () => {
        const input = file('clean.csv', 'name,phone,address.line1,address.city,address.region,address.postalCode\nAcme Manufacturing,+1 612 555 0100,400 Main St,Minneapolis,MN,55401\nBolt Logistics,,,,,\n"Cedar, Pine & Co",+1 651 555 0199,,,,\n');
        const before = await target.count();
        const run = staffcore(['import', input, ...target.at]);
        expect(run).toMatchObject({ status: 0, stderr: '' });
        expect(run.stdout).toMatch(summary(3, 3, 0, 0));
        expect(run.stdout.split('\n')).toHaveLength(2);
        expect(await target.count()).toBe(before + 3);
        expect((await target.names()).slice(-3)).toEqual(['Acme Manufacturing', 'Bolt Logistics', 'Cedar, Pine & Co']);
        // written once rows are sent: only its header when nothing is refused
        expect(readFileSync(`${input}.rejected.csv`, 'utf8')).toBe('row,line,id,name,field,reason\n');
      });

      it('reads standard input for -, as NDJSON unless --input-format says otherwise', async () => {
        const before = await target.count();
        const rejected = join(temp, 'stdin.rejected.csv');
        const run = staffcore(['import', '-', ...target.at, '--input-format', 'csv', '--rejected', rejected], { input: 'name,email\nPiped In Co,ap@piped.example\n' });
        expect(run).toMatchObject({ status: 0, stderr: '' });
        expect(run.stdout).toMatch(summary(1, 1, 0, 0));
        expect((await target.names()).slice(before)).toEqual(['Piped In Co']);
      });

      it('writes each refused row with its reason to the rejected-rows CSV, lists likely duplicates, exit 1', async () => {
        const input = file(
          'mixed.ndjson',
          [
            '{"name":"Alpha Staffing","phone":"+1 612 555 0101"}',
            '{"name":"   "}',
            '',
            '{"id":"legacy-7","name":"Gamma, \\"The\\" Co","email":"nope"}',
            '{"name":"Zed\\u001b[2J Works","phone":"+1 612 555 0101"}',
            '{"name":"Delta Temps"}',
            '"not an object"',
          ].join('\n'),
        );
        const rejected = join(temp, 'refused.csv');
        const before = await target.count();
        const run = staffcore(['import', input, ...target.at, '--rejected', rejected, '--chunk', '3']);
        expect(run).toMatchObject({ status: 1, stderr: '' });
        expect(run.stdout).toMatch(summary(6, 3, 3, 1));
        expect(run.stdout).toContain(`3 rows rejected, each with its reason, in ${rejected}\n`);
        expect(run.stdout).toContain('likely duplicates (1; review them, and merge with customers.merge):\n');
        // row 4 (line 5) is in the second chunk: row 1, saved by the first, is an existing customer by then
        expect(run.stdout).toMatch(/^ {2}row 4 \(line 5\) → customer \d+ "Zed\\x1b\[2J Works": like existing customer \d+ "Alpha Staffing"$/m);
        expect(run.stdout).not.toContain('\u001b');
        expect(readFileSync(rejected, 'utf8')).toBe(
          [
            'row,line,id,name,field,reason',
            '2,2,,   ,name,must not be blank',
            '3,4,legacy-7,"Gamma, ""The"" Co",email,must be a valid e-mail address',
            '3,4,legacy-7,"Gamma, ""The"" Co",id,is not a field of this input',
            '6,7,,,,must be an object',
            '',
          ].join('\n'),
        );
        expect(await target.count()).toBe(before + 3);
      });

      it('keeps the chunks read before a broken line, says the row to resume from, and --from-row resumes there', async () => {
        const rows = ['{"name":"Resume One"}', '{"name":"Resume Two"}', '{"name":"Resume Three"}', '{"name":"Resume Four"', '{"name":"Resume Five"}'];
        const input = file('resume.ndjson', `${rows.join('\n')}\n`);
        const before = await target.count();
        const broken = staffcore(['import', input, ...target.at, '--chunk', '2']);
        expect(broken).toMatchObject({ status: 2, stdout: '' });
        expect(broken.stderr).toMatch(oneLine);
        expect(broken.stderr).toMatch(new RegExp(`^staffcore import: ${input}:4: not valid JSON: .*\\(the rows before row 3 were imported: fix the file and resume with --from-row 3\\)\\n$`));
        // rows 1–2 (one chunk) are saved; row 3 was read, but its chunk was never sent
        expect((await target.names()).slice(before)).toEqual(['Resume One', 'Resume Two']);

        rows[3] = '{"name":"Resume Four"}';
        writeFileSync(input, `${rows.join('\n')}\n`);
        const resumed = staffcore(['import', input, ...target.at, '--chunk', '2', '--from-row', '3']);
        expect(resumed).toMatchObject({ status: 0, stderr: '' });
        expect(resumed.stdout).toMatch(/^3 rows read \(2 before --from-row skipped\), 3 added, 0 rejected, 0 likely duplicates in /);
        expect((await target.names()).slice(before)).toEqual(['Resume One', 'Resume Two', 'Resume Three', 'Resume Four', 'Resume Five']);
      });

      it('stops at a chunk the database refuses: the chunks before are kept, nothing of it, exit 1 and the row to resume from', async () => {
        // A check the database holds and staffcore does not know: the store's insert fails, so the chunk fails as one.
        await target.sql(`ALTER TABLE $schema.customers ADD CONSTRAINT refuse_four CHECK (data->>'name' <> 'Refused Four')`);
        try {
          const input = file('refused.ndjson', '{"name":"Kept One"}\n{"name":"Kept Two"}\n{"name":"Lost Three"}\n{"name":"Refused Four"}\n{"name":"Never Five"}\n');
          const before = await target.count();
          const run = staffcore(['import', input, ...target.at, '--chunk', '2']);
          expect(run.status).toBe(1);
          expect(run.stderr).toMatch(oneLine);
          expect(run.stderr).toMatch(/^staffcore import: stopped at row 3 \(line 3\): .*refuse_four.*; rows 3–4 \(one transaction\) were not saved, the rows before them were: resume with --from-row 3\n$/);
          expect(run.stderr).not.toMatch(stackTrace);
          expect((await target.names()).slice(before)).toEqual(['Kept One', 'Kept Two']);
        } finally {
          await target.sql('ALTER TABLE $schema.customers DROP CONSTRAINT refuse_four');
        }
      });

      it('refuses a row whose text no database can hold (NUL) by itself, with its reason: the rows around it are saved, exit 1', async () => {
        const input = file('nul.ndjson', '{"name":"Nul One"}\n{"name":"Nul\\u0000 Two"}\n{"name":"Nul Three"}\n');
        const rejected = join(temp, 'nul.rejected.csv');
        const before = await target.count();
        const run = staffcore(['import', input, ...target.at, '--chunk', '2', '--rejected', rejected]);
        expect(run).toMatchObject({ status: 1, stderr: '' });
        expect(run.stdout).toMatch(summary(3, 2, 1, 0));
        expect(readFileSync(rejected, 'utf8')).toMatch(/^row,line,id,name,field,reason\n2,2,,.*,name,.*NUL.*\n$/s);
        expect((await target.names()).slice(before)).toEqual(['Nul One', 'Nul Three']);
      });
    });
  }

  describe('a database that is not ready', () => {
    it('a PGlite directory that is not migrated: one line naming the command to run, exit 2, no directory left behind', () => {
      const database = join(temp, 'never-migrated');
      const run = staffcore(['import', file('one.ndjson', '{"name":"A"}\n'), '--database', database]);
      expect(run).toEqual({
        status: 2,
        stdout: '',
        stderr: `staffcore import: schema "staffcore" is not migrated (${latestVersion} versions missing): run staffcore migrate --database ${database} first\n`,
      });
      expect(existsSync(database)).toBe(false);
    });

    it.runIf(process.env['DATABASE_URL'])(needsServer('a schema on the server that is not migrated'), async () => {
      const url = process.env['DATABASE_URL']!;
      const schema = `cli_import_bare_${process.pid}`;
      const run = staffcore(['import', file('two.ndjson', '{"name":"A"}\n'), '--database', url, '--schema', schema], { env: { DATABASE_URL: url } });
      expect(run).toMatchObject({ status: 2, stdout: '' });
      expect(run.stderr).toBe(`staffcore import: schema "${schema}" is not migrated (${latestVersion} versions missing): run staffcore migrate --database "$DATABASE_URL" --schema ${schema} first\n`);
      const pool = new pg.Pool({ connectionString: url, max: 1 });
      try {
        expect((await pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rows).toHaveLength(0);
      } finally {
        await pool.end();
      }
    });
  });

  it('lists import in the help, has help of its own, and refuses a bad option with one line and exit 2', () => {
    expect(staffcore(['help'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^ {2}import /m) });
    expect(staffcore(['import', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('--from-row N') });
    const run = staffcore(['import', 'x.ndjson', '--database', 'x', '--frobnicate']);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toMatch(oneLine);
  });
});
