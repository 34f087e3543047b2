import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateSarif } from './multitool.js';

const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const main = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));

/** Runs `staffcore …` as a pipeline would: a process of its own, its exit code and its streams. */
const staffcore = (args: readonly string[], input?: string, env: Record<string, string> = {}) => {
  const run = spawnSync(tsx, [main, ...args], { encoding: 'utf8', input, timeout: 60_000, env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

const built = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));

// The built command checks in a worker thread (a small young generation keeps its memory down); from
// source it checks in the main thread. These run the build when there is one (CI builds first).
describe.skipIf(!existsSync(built))('staffcore check from the build (run npm run build first)', () => {
  const node = (args: readonly string[], input?: string) => {
    const run = spawnSync(process.execPath, [built, ...args], { encoding: 'utf8', input, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it('gives the same exit codes, output and one-line errors as from source, reading standard input through the worker', () => {
    const fromSource = staffcore(['check', 'test/fixtures/check/customers.ndjson', '-f', 'json']);
    const fromBuild = node(['check', 'test/fixtures/check/customers.ndjson', '-f', 'json']);
    expect(fromBuild).toEqual(fromSource);
    expect(fromBuild.status).toBe(1);
    expect(node(['check', '-'], readFileSync('test/fixtures/check/clean.ndjson', 'utf8'))).toMatchObject({ status: 0, stderr: '' });
    const bad = node(['check', '-'], '{"id":\n');
    expect(bad).toMatchObject({ status: 2, stdout: '' });
    expect(bad.stderr).toMatch(/^staffcore check: <stdin>:1: not valid JSON: .*\n$/);
    expect(node(['check', 'no-such-file.ndjson'])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^staffcore check: no-such-file\.ndjson: cannot read the file \(no such file\)\n$/) });
  });
});

describe('staffcore check, run as a process', () => {
  it('exits 0 on a clean file, 1 on rule violations, 2 on bad input, without a stack trace', () => {
    expect(staffcore(['check', 'test/fixtures/check/clean.ndjson']).status).toBe(0);
    const violations = staffcore(['check', 'test/fixtures/check/customers.ndjson', '-f', 'github']);
    expect(violations.status).toBe(1);
    expect(violations.stdout).toMatch(/^::error file=test\/fixtures\/check\/customers.ndjson,line=3,/m);
    const bad = staffcore(['check', '-'], '{"id":\n');
    expect(bad).toMatchObject({ status: 2, stdout: '' });
    expect(bad.stderr).toMatch(/^staffcore check: <stdin>:1: not valid JSON: .*\n$/);
  });

  it('annotates a GitHub Actions run within its limits and appends the step summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'staffcore-summary-'));
    try {
      const summary = join(dir, 'summary.md');
      // 30 legacy status codes (30 errors of their own), one e-mail error repeated down the column (one group), an orphan.
      const rows = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `c${i + 1}`, name: `Customer ${i + 1}`, status: `Q${i + 1}`, branchId: 'mpls', email: 'not-an-email' }));
      const export_ = `${rows.join('\n')}\n{"id":"c31","name":"Orphan","parentId":"c99"}\n`;
      const result = staffcore(['check', '-', '-f', 'github'], export_, { GITHUB_STEP_SUMMARY: summary });
      expect(result.status).toBe(1);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(10);
      expect(lines[0]).toBe('::error file=<stdin>,line=1,title=staffcore unknown-status::status "Q1" is not in the status catalog');
      expect(lines).toContain('::error file=<stdin>,line=10,title=staffcore unknown-status::status "Q10" is not in the status catalog');
      // Not annotated: 20 more status codes, the orphan, and the e-mail group of 30.
      expect(lines.at(-1)).toMatch(/^staffcore check: 51 more findings \(22 lines of the report\) not annotated: /);
      expect(lines).toHaveLength(11);
      const markdown = readFileSync(summary, 'utf8');
      expect(markdown).toMatch(/^### staffcore check: ✖ 61 problems \(61 errors, 0 warnings\)\n/);
      expect(markdown).toContain('| InvalidField (schema) | error | 30 |');
      expect(markdown).toContain('| error | &lt;stdin&gt;:1 | status "Q1" is not in the status catalog | unknown-status |');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes SARIF to standard output that the SARIF Multitool passes with its GitHub rules', { timeout: 120_000 }, () => {
    const result = staffcore(['check', 'test/fixtures/check/customers.ndjson', '-f', 'sarif', '--worksites', 'test/fixtures/check/worksites.ndjson', '--orders', 'test/fixtures/check/orders.csv']);
    expect(result.status).toBe(1);
    expect(validateSarif(result.stdout).results).toEqual([]);
  });

  it('lists check in the help', () => {
    expect(staffcore(['help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('check ') });
  });
});
