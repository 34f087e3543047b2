import { expect } from 'vitest';
import { standardRoles, type ActorInput, type Staffcore } from '../../src/index.js';
import type { Store } from '../../src/adapters/port/index.js';
import { buildAgency, upperCaseStandardizer, type Agency } from './agency.js';

/**
 * A customer tree at Minneapolis for the order, assignment and invoice tests: root Acme →
 * Warehouse → Night shift, entered by Dana (a sales rep), with Ada (administrator, at the company)
 * and Bill (billing, at the company) beside her.
 */
export interface WorkTree {
  readonly agency: Agency;
  readonly root: string;
  readonly warehouse: string;
  readonly night: string;
  /** A record at St. Paul, outside Dana's level. */
  readonly elsewhere: string;
  readonly dana: Staffcore;
  /** Dana with an address standardizer (Minneapolis requires standardized addresses). */
  readonly danaWithAddresses: Staffcore;
  readonly ada: Staffcore;
  readonly bill: Staffcore;
  readonly billing: ActorInput;
}

/** Builds the tree on a store (a fresh memory store unless given one). */
export async function buildWorkTree(store?: Store): Promise<WorkTree> {
  const agency = await buildAgency(store);
  const dana = agency.as(agency.dana);
  const ada = agency.as({ id: 'ada', name: 'Ada', branchId: agency.ids.company, roles: [standardRoles.administrator] });
  const billing: ActorInput = { id: 'bill', name: 'Bill', branchId: agency.ids.company, roles: [standardRoles.billing] };
  const { customer: root } = await dana.customers.add({ name: 'Acme', terms: { label: 'Net 30', netDays: 30 } });
  const { customer: warehouse } = await dana.departments.add({ name: 'Warehouse', parentId: root.id });
  const { customer: night } = await dana.departments.add({ name: 'Night shift', parentId: warehouse.id });
  const { customer: elsewhere } = await agency.as(agency.lee).customers.add({ name: 'Capitol Foods' });
  const danaWithAddresses = agency.as(agency.dana, { addressStandardizer: upperCaseStandardizer });
  return { agency, root: root.id, warehouse: warehouse.id, night: night.id, elsewhere: elsewhere.id, dana, danaWithAddresses, ada, bill: agency.as(billing), billing };
}

/** How many events the change feed holds: every write adds one, so an unchanged count means nothing was written. */
export async function eventCount(store: Store): Promise<number> {
  return store.transaction(async (tx) => (await tx.audit.since({ limit: 10_000 })).items.length);
}

/** Runs a refused call and checks it wrote nothing. */
export async function refusedWritesNothing(store: Store, call: () => Promise<unknown>): Promise<unknown> {
  const before = await eventCount(store);
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the call should have been refused').not.toBeNull();
  expect(await eventCount(store)).toBe(before);
  return error;
}
