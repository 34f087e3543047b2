import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../helpers/checkCli.js';

const { dir, file, run } = checkWorkspace();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const words = ['Acme', 'Nordic', 'Café', 'Søren', 'Müller', 'Staffing', 'Logistics', 'Foods', 'Metal', 'Works', 'Twin Cities', 'Lake'];
const cities = ['Minneapolis', 'St. Paul', 'Duluth', 'Rochester', 'Bloomington'];

/**
 * A legacy export as agencies hand them over: a byte order mark, CRLF line ends, accented names
 * that share words, departments three deep, a column staffcore does not keep (`Region2`) and
 * address columns without `country` and `standardized`, with seven real problems planted in it.
 */
function messyExport(rows: number): { csv: string; planted: string[] } {
  const header = 'id,name,parentId,status,branchId,billingAddress.line1,billingAddress.city,billingAddress.region,billingAddress.postalCode,Region2';
  const lines = [header];
  for (let i = 1; i <= rows; i++) {
    const name = `${words[i % words.length]} ${words[(i * 7) % words.length]} ${i}`;
    const parent = i % 4 === 0 ? `c${i - 1}` : '';
    lines.push(`c${i},"${name}",${parent},A,b${i % 3},${100 + i} Main St,${cities[i % cities.length]},MN,55${String(i % 1000).padStart(3, '0')},R${i % 7}`);
  }
  const at = (i: number, line: string) => (lines[i] = line);
  at(10, 'c10,,c9,A,b1,1 Main St,Duluth,MN,55802,R1'); // blank name
  at(20, 'c20,"   ",,A,b2,1 Main St,Duluth,MN,55802,R1'); // blank name
  at(30, 'c30,Orphan Dept,c99999,A,b0,1 Main St,Duluth,MN,55802,R1'); // missing parent
  at(40, 'c40,Loop A,c41,A,b1,1 Main St,Duluth,MN,55802,R1'); // cycle c40 → c41 → c40
  at(41, 'c41,Loop B,c40,A,b1,1 Main St,Duluth,MN,55802,R1');
  at(50, 'c7,Second Seven,,A,b1,1 Main St,Duluth,MN,55802,R1'); // duplicate id
  at(60, 'c60,Müller Metal Works,,A,b0,1 Main St,Duluth,MN,55802,R1');
  at(61, 'c61,"MULLER METAL WORKS, INC.",,A,b0,1 Main St,Duluth,MN,55802,R1'); // likely duplicate of c60
  at(70, 'c70,Café Nordic,,A,b1,1 Main St,Duluth,MN,55802,R1');
  at(71, 'c71,Cafe Nordic,,A,b1,1 Main St,Duluth,MN,55802,R1'); // likely duplicate of c70
  // The cycle is one finding: the department read before its parent closes it.
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, planted: ['missing-parent', 'cycle', 'duplicate-id', 'schema', 'schema', 'likely-duplicate-name', 'likely-duplicate-name'] };
}

describe('a messy legacy export of 1,984 rows', () => {
  const { csv, planted } = messyExport(1984);

  it('gives a short human report whose first lines name the planted problems, the repeated column grouped into one line', async () => {
    const { code, stdout } = await run([file("legacy.csv", csv)]);
    expect(code).toBe(1);
    const lines = stdout.split('\n').filter((line) => line.trim() !== '');
    // The file, seven lines, the summary: structural errors by line, then the field errors (the two
    // blank names grouped), then the warnings (1,984 rows of Region2 as one line).
    expect(lines).toHaveLength(9);
    expect(lines.slice(1, 8).map((line) => line.trim().split(/\s+/).pop())).toEqual([
      'missing-parent',
      'cycle',
      'duplicate-id',
      'schema',
      'unknown-field',
      'likely-duplicate-name',
      'likely-duplicate-name',
    ]);
    expect(lines[4]).toMatch(/name must not be blank: 2 records, lines 11 and 21/);
    expect(lines[5]).toMatch(/Region2 is not a field of a customer record: 1,984 records, lines 2–1985/);
    expect(stdout).not.toMatch(/country|standardized/);
    expect(lines.at(-1)).toMatch(/1,991 problems \(5 errors, 1,986 warnings\)/);
  });

  it('keeps every finding in the machine formats', async () => {
    const { stdout } = await run([file('legacy.csv', csv), '-f', 'json']);
    const report = JSON.parse(stdout) as { findings: { ruleId: string }[] };
    expect(report.findings).toHaveLength(1984 + planted.length);
  });
});
