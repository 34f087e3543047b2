import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvChunks, neutralizeFormula, toCsv, type ReportColumn, type ReportRow } from '../../src/index.js';

const columns: ReportColumn[] = [
  { key: 'name', label: 'Name', type: 'text' },
  { key: 'billed', label: 'Billed', type: 'money' },
  { key: 'note', label: 'Note', type: 'text' },
];

describe('toCsv', () => {
  it('writes a header row and CRLF records, quoting commas, quotes and line breaks (RFC 4180)', async () => {
    const csv = await toCsv(columns, [
      { name: 'Acme, Inc.', billed: '1041.56', note: 'say "hi"' },
      { name: 'Two\nlines', billed: '0.00', note: 'carriage\rreturn' },
      { name: 'Plain', billed: null, note: null },
    ]);
    expect(csv).toBe(
      'Name,Billed,Note\r\n' + '"Acme, Inc.",1041.56,"say ""hi"""\r\n' + '"Two\nlines",0.00,"carriage\rreturn"\r\n' + 'Plain,,\r\n',
    );
  });

  it('neutralizes text cells that a spreadsheet would run as formulas, and leaves numbers as numbers', async () => {
    const csv = await toCsv(columns, [
      { name: '=HYPERLINK("http://evil","x")', billed: '-12.50', note: '+1 612 555 0100' },
      { name: '-2+3', billed: '-0.01', note: '@SUM(A1)' },
      { name: '\tTabbed', billed: '3.00', note: '\rCR' },
      { name: '-12.50', billed: '1.00', note: 'a=b' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Name,Billed,Note',
      `"'=HYPERLINK(""http://evil"",""x"")",-12.50,'+1 612 555 0100`,
      "'-2+3,-0.01,'@SUM(A1)",
      "'\tTabbed,3.00,\"'\rCR\"",
      '-12.50,1.00,a=b',
      '',
    ]);
  });

  it('round-trips any text through a CSV parser (neutralized text keeps its content after the quote)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ name: fc.string(), note: fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '=', '-', ' ', '1') }) }), { maxLength: 20 }), async (rows) => {
        const csv = await toCsv(columns, rows.map((row) => ({ ...row, billed: '1.00' })));
        const parsed = parse(csv, { columns: true, relax_quotes: false }) as Record<string, string>[];
        expect(parsed.map((row) => [row['Name'], row['Note']])).toEqual(rows.map((row) => [neutralizeFormula(row.name), neutralizeFormula(row.note)]));
      }),
    );
  });

  it('streams the same text in chunks as it writes at once', async () => {
    const rows: ReportRow[] = Array.from({ length: 2500 }, (_, i) => ({ name: `Customer ${i}`, billed: `${i}.00`, note: i % 7 === 0 ? '=x' : 'ok' }));
    async function* produce() {
      yield* rows;
    }
    const chunks: string[] = [];
    for await (const chunk of csvChunks(columns, produce())) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('')).toBe(await toCsv(columns, rows));
  });
});

describe('neutralizeFormula', () => {
  it('prefixes each formula start and nothing else', () => {
    expect(['=1', '+1a', '-a', '@a', '\ta', '\ra'].map(neutralizeFormula)).toEqual(["'=1", "'+1a", "'-a", "'@a", "'\ta", "'\ra"]);
    expect(['-12.50', '+3', '42', 'Acme', '', ' =1'].map(neutralizeFormula)).toEqual(['-12.50', '+3', '42', 'Acme', '', ' =1']);
  });
});
