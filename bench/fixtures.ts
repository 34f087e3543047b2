/** Customer drafts for the benchmarks: deterministic, varied names, valid for the schema. */
import type { Draft } from '../src/adapters/port/index.js';
import type { Customer } from '../src/model/index.js';

const words = ['Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Cyberdyne', 'Soylent', 'Hooli'];
const kinds = ['Staffing', 'Logistics', 'Foods', 'Manufacturing', 'Health', 'Retail', 'Warehouse', 'Labs'];
const at = '2026-01-15T09:30:00.000Z';

/**
 * The `n`th benchmark customer.
 * @param n - which one (names and fields vary with it)
 * @param parentId - its parent, or null for a root customer
 */
export function customerDraft(n: number, parentId: string | null = null): Draft<Customer> {
  return {
    name: `${words[n % words.length]} ${kinds[(n >> 3) % kinds.length]} ${n}`,
    parentId,
    status: n % 10 === 0 ? 'I' : n % 3 === 0 ? 'A' : 'P',
    branchId: `branch-${n % 25}`,
    contactAddress: {
      line1: `${100 + (n % 900)} Main St`,
      city: 'Minneapolis',
      region: 'MN',
      postalCode: '55401',
      country: 'US',
      standardized: false,
    },
    billingAddress: null,
    defaultWorksiteId: null,
    phone: '+1 612 555 0100',
    email: `ap${n}@example.com`,
    socialHandles: [],
    accountManagerId: `rep-${n % 40}`,
    salesTeamId: null,
    defaultWorkerCompCode: null,
    terms: null,
    notes: '',
    duplicateOfId: null,
    createdAt: at,
    createdBy: 'rep-1',
    updatedAt: at,
    updatedBy: 'rep-1',
  } as unknown as Draft<Customer>;
}
