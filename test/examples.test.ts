import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The README's examples: each is a file in examples/, shown verbatim, with what it prints in `//=>` comments. */
const examples: { readonly file: string; readonly printed: unknown[][]; readonly run: () => Promise<unknown> }[] = [
  {
    file: 'quickstart.ts',
    printed: [['P'], ['8810', 'branch Northstar Staffing setup'], [true], ['H', false]],
    run: () => import('../examples/quickstart.js'),
  },
  {
    file: 'orders.ts',
    printed: [['2220.00', 'allowed'], ['EMPLOYEE_BARRED'], ['1110.00', '740.00', '2026-12-07'], ['warned', '4330.00']],
    run: () => import('../examples/orders.js'),
  },
  {
    file: 'record.ts',
    printed: [['dana', true], ['H', 'Acme Manufacturing'], [false, 'STATUS_BLOCKED'], [true, 'INTEGRATION_MISSING']],
    run: () => import('../examples/record.js'),
  },
  {
    file: 'grossProfit.ts',
    printed: [['3718.70', '21.70', '50.00'], ['2026-11-02: 5.27, 2026-12-21: 5.09, 2026-12-28: 5.27'], ['29.01']],
    run: () => import('../examples/grossProfit.js'),
  },
  {
    file: 'changeFeed.ts',
    printed: [['1 1 2', 'A'], [true]],
    run: () => import('../examples/changeFeed.js'),
  },
  {
    file: 'forms.ts',
    printed: [['must not be blank', 'must be a valid e-mail address']],
    run: () => import('../examples/forms.js'),
  },
  {
    file: 'transaction.ts',
    printed: [[1], ['VALIDATION'], [0]],
    run: () => import('../examples/transaction.js'),
  },
  {
    file: 'http.ts',
    printed: [[200, 'P'], [401, 'application/problem+json']],
    run: () => import('../examples/http.js'),
  },
  {
    file: 'customFields.ts',
    printed: [[false, 'food'], ['Harbor Foods'], ['custom.region2'], [true]],
    run: () => import('../examples/customFields.js'),
  },
  {
    file: 'agencies.ts',
    printed: [['agency_northstar: migrated, agency_harbor: migrated'], [true, 'Harbor Foods'], [0]],
    run: () => import('../examples/agencies.js'),
  },
  {
    file: 'reports.ts',
    printed: [[8, true], ['1100.00', '34.55', '1100.00'], [true, true]],
    run: () => import('../examples/reports.js'),
  },
];

describe.each(examples)('the README example $file', ({ file, printed: expected, run }) => {
  const source = readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8');
  afterEach(() => vi.restoreAllMocks());

  it('is in the README verbatim', () => {
    expect(readme).toContain(source.trim());
  });

  it('runs and prints what its comments say', async () => {
    const printed: unknown[][] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
    await run();
    expect(printed).toEqual(expected);
    const claimed = [...source.matchAll(/\/\/=> (.*)$/gm)].map((m) => m[1]);
    expect(claimed).toEqual(printed.map((args) => args.map((a) => (typeof a === 'string' ? `'${a}'` : String(a))).join(' ')));
  });
});

describe('figures the docs state about the code', () => {
  it('migrate: the README and its TSDoc show what a first and a second run return', async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const { migrate } = await import('../src/adapters/postgres/index.js');
    const db = new PGlite();
    try {
      const first = await migrate(db);
      const again = await migrate(db);
      const shown = (result: { applied: readonly number[]; version: number }) =>
        `{ schema: 'staffcore', applied: [${result.applied.join(', ')}], version: ${result.version} }`;
      const source = readFileSync(new URL('../src/adapters/postgres/migrate.ts', import.meta.url), 'utf8');
      expect(readme).toContain(`await migrate(pool); //=> ${shown(first)} the first time, applied: [] after`);
      expect(source).toContain(`await migrate(pool); //=> ${shown(first)}\n`);
      expect(source).toContain(`await migrate(pool); //=> ${shown(again)}\n`);
      // No other figure of a migration run is stated anywhere in them.
      for (const text of [readme, source]) expect(text.match(/applied: \[[\d, ]+\], version: \d+/g)?.every((figure) => figure.endsWith(`version: ${first.version}`))).toBe(true);
    } finally {
      await db.close();
    }
  });
});
