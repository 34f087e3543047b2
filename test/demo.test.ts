import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { migrate, postgresStore } from '../src/adapters/postgres/index.js';
import { runDemo } from '../src/cli/demo.js';

describe('the demo', () => {
  it('walks through the article on the memory store and shows each rule at work', async () => {
    const { lines, customerIds } = await runDemo({ print: () => undefined });
    const text = lines.join('\n');
    expect(text).toContain(`Customer ID ${customerIds['Acme Manufacturing']} "Acme Manufacturing", status P (Prospect)`);
    expect(text).toContain('defaultWorkerCompCode = 8742  ← branch Midwest setup (inherited by Minneapolis)');
    expect(text).toMatch(/Without a standardizer: refused, STANDARDIZATION_REQUIRED/);
    expect(text).toContain('contact address "400 MAIN ST, MINNEAPOLIS"');
    expect(text).toMatch(/Lee reads \d+: NOT_FOUND/);
    expect(text).toMatch(/Can Acme Shipping take a new order\? no: .*Hold for credit check/);
    expect(text).toMatch(/The second, stale edit: CONFLICT/);
    expect(text).toContain('Notes kept: "Prefers calls before 10am"');
    expect(text).toContain(`Likely duplicate of ${customerIds['Acme Manufacturing']} "Acme Manufacturing" (same name)`);
    expect(text).toMatch(/A new order for Acme Night Crew: refused, STATUS_BLOCKED: .*Customer \d+ \(an ancestor of this record\) is "Hold for credit check"/);
    expect(text).toContain('Placing E-204: refused, EMPLOYEE_BARRED: [staffcore] Employee E-204 is barred from this customer: Safety violation at the dock');
    expect(text).toMatch(/40 hours billed 1110\.00, cost 740\.00, due 2026-12-22 \(Net 30\)/);
    // 1110.00 open + 15600.00 (30.00 × 520) = 16710.00 ≥ 16000.00, 80 % of 20000.00
    expect(text).toMatch(/estimated billing 15600\.00\): credit warned: The exposure 16710\.00/);
    expect(text).toMatch(/P → X by dana at 2026-11-22T09:00:00.000Z \(Entered twice; duplicate of \d+\)/);
  });

  it('tells the same story on the PostgreSQL store (PGlite)', async () => {
    const memory = await runDemo({ print: () => undefined });
    const db = new PGlite();
    try {
      await migrate(db);
      const store = postgresStore({ client: db });
      const postgres = await runDemo({ print: () => undefined, store });
      expect(postgres.lines.slice(1)).toEqual(memory.lines.slice(1));
      expect(postgres.lines[0]).toContain(store.name);
    } finally {
      await db.close();
    }
  });
});
