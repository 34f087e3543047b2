import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The SARIF Multitool's binary for this platform (the npm package resolves to its path). */
const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;

/** A result of the Multitool's validation: a rule of its GitHub (`GH…`) or SARIF (`SARIF…`) set. */
export interface ValidationResult {
  readonly ruleId: string;
  readonly level?: string;
  readonly message: { readonly text?: string; readonly arguments?: readonly string[] };
}

/**
 * Validates a SARIF log with the SARIF Multitool and its GitHub rules (`--rule-kind "Gh;Sarif"`, the
 * rules code scanning's upload is held to, and the SARIF spec's), at the default levels (error and
 * warning), and returns the results of its validation log: none for a log GitHub accepts.
 * Its default skips files over 10 MB, less than a capped run pretty-printed (code scanning's 10 MB
 * limit is on the gzipped upload, about 1 MB for 25,000 results), so the limit is raised.
 * The binary is run without a shell (the package's own `bin.js` goes through one, which splits
 * `Gh;Sarif` at the semicolon), with invariant globalization so it needs no ICU.
 */
export function validateSarif(sarif: string): { results: readonly ValidationResult[]; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'staffcore-multitool-'));
  try {
    const input = join(dir, 'staffcore.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarif);
    const run = spawnSync(multitool, ['validate', input, '--rule-kind', 'Gh;Sarif', '--output', output, '--log', 'ForceOverwrite', '--max-file-size-in-kb', '102400'], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    if (run.status !== 0) throw new Error(`sarif-multitool exited ${String(run.status)}: ${run.stdout}${run.stderr}`);
    const log = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: ValidationResult[] }[] };
    return { results: log.runs.flatMap((r) => r.results ?? []), stdout: run.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
