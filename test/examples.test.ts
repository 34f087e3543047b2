import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const quickstart = readFileSync(new URL('../examples/quickstart.ts', import.meta.url), 'utf8');
const reportsExample = readFileSync(new URL('../examples/reports.ts', import.meta.url), 'utf8');

describe('the README example', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the quickstart example, verbatim', () => {
    expect(readme).toContain(quickstart.trim());
  });

  it('runs and prints what its comments say', async () => {
    const printed: unknown[][] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
    await import('../examples/quickstart.js');
    expect(printed).toEqual([['P'], ['8810', 'branch Northstar Staffing setup'], [true], ['H', false]]);
    const claimed = [...quickstart.matchAll(/\/\/=> (.*)$/gm)].map((m) => m[1]);
    expect(claimed).toEqual(printed.map((args) => args.map((a) => (typeof a === 'string' ? `'${a}'` : String(a))).join(' ')));
  });
});

describe('the README reports example', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the reports example, verbatim', () => {
    expect(readme).toContain(reportsExample.trim());
  });

  it('runs and prints what its comments say', async () => {
    const printed: unknown[][] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
    await import('../examples/reports.js');
    expect(printed).toEqual([[8, true], ['1100.00', '34.55', '1100.00'], [true, true]]);
    const claimed = [...reportsExample.matchAll(/\/\/=> (.*)$/gm)].map((m) => m[1]);
    expect(claimed).toEqual(printed.map((args) => args.map((a) => (typeof a === 'string' ? `'${a}'` : String(a))).join(' ')));
  });
});
