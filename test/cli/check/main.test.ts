import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const main = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));

/** Runs `staffcore …` as a pipeline would: a process of its own, its exit code and its streams. */
const staffcore = (args: readonly string[], input?: string) => {
  const run = spawnSync(tsx, [main, ...args], { encoding: 'utf8', input, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

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

  it('lists check in the help', () => {
    expect(staffcore(['help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('check ') });
  });
});
