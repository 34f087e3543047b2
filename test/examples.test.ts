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

describe('the README gross-profit example', () => {
  afterEach(() => vi.restoreAllMocks());
  const example = readFileSync(new URL('../examples/grossProfit.ts', import.meta.url), 'utf8');

  it('is in the README verbatim', () => {
    expect(readme).toContain(example.trim());
  });

  it('prints what its comments say', async () => {
    const printed: unknown[][] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
    await import('../examples/grossProfit.js');
    const claimed = [...example.matchAll(/\/\/=> (.*)$/gm)].map((m) => m[1]);
    expect(claimed).toHaveLength(3);
    expect(claimed).toEqual(printed.map((args) => args.map((a) => `'${String(a)}'`).join(' ')));
  });
});
