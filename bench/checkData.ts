/** Generated customer exports for the `staffcore check` benchmarks: NDJSON and CSV, written to a temp dir. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const address = (i: number) => ({ line1: `${100 + (i % 9000)} Main St`, city: 'Minneapolis', region: 'MN', postalCode: '55401', country: 'US', standardized: false });

/** The i-th customer: a full, valid record; one in five a department of an earlier record; one in 1,000 with a blank name. */
export function customerAt(i: number): Record<string, unknown> {
  const a = address(i);
  return {
    id: `c${i}`,
    version: 1,
    name: i % 1000 === 999 ? '' : `Customer ${i}`,
    parentId: i % 5 === 4 ? `c${i - 1 - (i % 97)}` : null,
    status: ['P', 'A', 'A', 'I', 'A'][i % 5],
    branchId: `b${i % 50}`,
    contactAddress: a,
    billingAddress: a,
    defaultWorksiteId: `w${i}`,
    phone: '+1 612 555 0100',
    email: `ap${i}@example.com`,
    socialHandles: [],
    accountManagerId: 'rep1',
    salesTeamId: 'team1',
    defaultWorkerCompCode: '8810',
    terms: { label: 'Net 30', netDays: 30 },
    notes: '',
    duplicateOfId: null,
    createdAt: '2026-01-02T03:04:05.000Z',
    createdBy: 'rep1',
    updatedAt: '2026-01-02T03:04:05.000Z',
    updatedBy: 'rep1',
  };
}

const addressColumns = ['line1', 'line2', 'city', 'region', 'postalCode', 'country', 'standardized'];
const csvColumns = [
  'id', 'version', 'name', 'parentId', 'status', 'branchId',
  ...addressColumns.map((c) => `contactAddress.${c}`),
  ...addressColumns.map((c) => `billingAddress.${c}`),
  'defaultWorksiteId', 'phone', 'email', 'socialHandles', 'accountManagerId', 'salesTeamId', 'defaultWorkerCompCode',
  'terms.label', 'terms.netDays', 'notes', 'duplicateOfId', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy',
];

const cell = (record: Record<string, unknown>, column: string): string => {
  const [head, tail] = column.split('.') as [string, string | undefined];
  const value = tail === undefined ? record[head] : (record[head] as Record<string, unknown> | null)?.[tail];
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return `"${JSON.stringify(value).replace(/"/g, '""')}"`;
  return String(value);
};

async function write(path: string, count: number, header: string | null, line: (i: number) => string, footer = ''): Promise<void> {
  const out = createWriteStream(path);
  let batch = header === null ? '' : `${header}\n`;
  for (let i = 0; i < count; i++) {
    batch += `${line(i)}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch + footer);
  await once(out, 'finish');
}

/** Writes `count` customers as NDJSON. */
export const writeNdjson = (path: string, count: number) => write(path, count, null, (i) => JSON.stringify(customerAt(i)));

/** Writes `count` customers as CSV with the documented columns. */
export const writeCsv = (path: string, count: number) =>
  write(path, count, csvColumns.join(','), (i) => {
    const record = customerAt(i);
    return csvColumns.map((column) => cell(record, column)).join(',');
  });

/** Writes `count` customers as one JSON array, a record per line. */
export const writeJsonArray = (path: string, count: number) => write(path, count, '[', (i) => `${i === 0 ? '' : ','}${JSON.stringify(customerAt(i))}`, ']\n');
