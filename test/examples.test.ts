import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const quickstart = readFileSync(new URL('../examples/quickstart.ts', import.meta.url), 'utf8');

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

const record = readFileSync(new URL('../examples/record.ts', import.meta.url), 'utf8');

describe('the README example of the record', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the record example, verbatim', () => {
    expect(readme).toContain(record.trim());
  });

  it('runs and prints what its comments say', async () => {
    const printed: unknown[][] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
    await import('../examples/record.js');
    expect(printed).toEqual([['dana', true], ['H', 'Acme Manufacturing'], [false, 'STATUS_BLOCKED'], [true, 'INTEGRATION_MISSING']]);
    const claimed = [...record.matchAll(/\/\/=> (.*)$/gm)].map((m) => m[1]);
    expect(claimed).toEqual(printed.map((args) => args.map((a) => (typeof a === 'string' ? `'${a}'` : String(a))).join(' ')));
  });
});
