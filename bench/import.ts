/**
 * Workload 16: `staffcore import` of a 100,000-row NDJSON file through the command's own code path
 * (`importInto`: the reader, chunks of 1,000 rows through `customers.addMany`, the rejected-rows
 * file, the summary), against the store's raw `insertMany` of the same records in the same chunks,
 * each chunk one transaction.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { importInto } from '../src/cli/import/runImport.js';
import { parseImportArgs } from '../src/cli/import/parseImportArgs.js';
import type { Database } from '../src/cli/migrate/openDatabase.js';
import { agencyOn } from './actions.js';
import type { Backend } from './backends.js';
import { customerDraft } from './fixtures.js';
import { time } from './measure.js';

/** What the import took, what the raw inserts took, and the summary line the command printed. */
export interface ImportBench {
  readonly command: number;
  readonly raw: number;
  readonly summary: string;
}

/**
 * Times the command's import of `size` rows and the raw `insertMany` of the same records, each on
 * an emptied schema with its root branch.
 * @param backend - the database
 * @param size - rows in the file
 */
export async function benchImportCommand(backend: Backend, size: number): Promise<ImportBench> {
  const dir = await mkdtemp(join(tmpdir(), 'staffcore-bench-import-'));
  try {
    const rows = Array.from({ length: size }, (_, n) => ({ name: customerDraft(n).name, phone: `+1 612 ${String(1_000_000 + n).slice(-7)}` }));
    const file = join(dir, 'customers.ndjson');
    await writeFile(file, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);

    await backend.reset();
    await agencyOn(backend.store);
    const command = parseImportArgs([file, '--database', 'bench', '--schema', backend.schema, '--quiet'], {});
    const db: Database = { client: backend.client as Database['client'], where: backend.name, close: async () => {} };
    let printed = '';
    const stdout = new Writable({ write: (chunk: Buffer, _encoding, done) => ((printed += chunk.toString()), done()) });
    let code = -1;
    const took = await time(async () => {
      code = await importInto(command, db, { stdin: process.stdin, stdout, stderr: stdout, env: {} });
    });
    if (code !== 0) throw new Error(`the import exited ${code}: ${printed}`);

    await backend.reset();
    const { companyId } = await agencyOn(backend.store);
    const drafts = rows.map((row, n) => ({ ...customerDraft(n), ...row, status: 'P', branchId: companyId, contactAddress: null })) as ReturnType<typeof customerDraft>[];
    const raw = await time(async () => {
      for (let n = 0; n < size; n += 1000) await backend.store.transaction((tx) => tx.customers.insertMany(drafts.slice(n, n + 1000)));
    });
    return { command: took, raw, summary: printed.split('\n')[0] ?? '' };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
