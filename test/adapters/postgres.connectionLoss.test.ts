import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { needsServer } from '../helpers/stores.js';

const url = process.env['DATABASE_URL'];
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const child = fileURLToPath(new URL('./connectionLoss.child.ts', import.meta.url));

/** Runs the child in a process of its own: a crash there cannot take the test runner down with it. */
function loseTheConnection(mode: 'pool' | 'client') {
  const run = spawnSync(tsx, [child, mode], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8', timeout: 60_000 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  return { status: run.status, stderr: run.stderr, outcome: last.startsWith('{') ? (JSON.parse(last) as Record<string, unknown>) : null };
}

describe.skipIf(!url)(needsServer('a lost database connection'), () => {
  it('fails the transaction on a pg Pool with STORE, writes nothing, and the process and the next transaction live on', () => {
    const { status, stderr, outcome } = loseTheConnection('pool');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(outcome).toMatchObject({ first: 'STORE', next: 'ok 0', stored: 0 });
  });

  it('fails the transaction on a pg Client with STORE, and every later one at once, without ending the process', () => {
    const { status, stderr, outcome } = loseTheConnection('client');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(outcome).toMatchObject({ first: 'STORE', next: 'STORE', stored: 0 });
    expect(outcome!['nextMillis']).toBeLessThan(1000);
  });
});
