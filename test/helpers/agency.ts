import {
  bootstrapHierarchy,
  allActions, createStaffcore,
  fixedClock,
  standardRoles,
  type ActorInput,
  type AddressStandardizer,
  type Integrations,
  type CustomFieldSet,
  type Staffcore,
} from '../../src/index.js';
import { memoryStore } from '../../src/adapters/memory/index.js';
import type { Store } from '../../src/adapters/port/index.js';

/** A small agency: company → Midwest region → Minneapolis and St. Paul branches, and two reps. */
export interface Agency<S extends Store = Store> {
  readonly store: S;
  readonly ids: { company: string; midwest: string; minneapolis: string; stPaul: string };
  readonly dana: ActorInput;
  readonly lee: ActorInput;
  readonly as: (actor: ActorInput, extra?: { addressStandardizer?: AddressStandardizer; integrations?: Integrations; customFields?: CustomFieldSet }) => Staffcore;
}

export const clock = fixedClock('2026-11-22T09:00:00Z');

/**
 * Builds the agency on a store (a fresh memory store unless given one). Minneapolis has no worker
 * comp of its own and requires standardization.
 */
export async function buildAgency<S extends Store = ReturnType<typeof memoryStore>>(store: S = memoryStore() as unknown as S): Promise<Agency<S>> {
  const company = await bootstrapHierarchy(store, {
    name: 'Northstar',
    kind: 'company',
    setup: { defaultWorkerCompCode: '8810', defaultTerms: { label: 'Net 30', netDays: 30 } },
  });
  const admin = createStaffcore({
    actions: allActions,
    store,
    clock,
    actor: { id: 'admin', name: 'Ada', branchId: company.id, roles: [standardRoles.administrator] },
  });
  const { branch: midwest } = await admin.hierarchy.addLevel({ name: 'Midwest', kind: 'region', parentId: company.id, setup: { defaultWorkerCompCode: '8742' } });
  const { branch: minneapolis } = await admin.hierarchy.addLevel({ name: 'Minneapolis', parentId: midwest.id, setup: { requireAddressStandardization: true } });
  const { branch: stPaul } = await admin.hierarchy.addLevel({ name: 'St. Paul', parentId: midwest.id, setup: { defaultWorkerCompCode: '5403' } });
  const dana: ActorInput = { id: 'dana', name: 'Dana', branchId: minneapolis.id, salesTeamId: 'twin-cities', roles: [standardRoles.salesRep] };
  const lee: ActorInput = { id: 'lee', name: 'Lee', branchId: stPaul.id, salesTeamId: 'east', roles: [standardRoles.salesRep] };
  return {
    store,
    ids: { company: company.id, midwest: midwest.id, minneapolis: minneapolis.id, stPaul: stPaul.id },
    dana,
    lee,
    as: (actor, extra = {}) => createStaffcore({ actions: allActions, store, clock, actor, ...extra }),
  };
}

/** A standardizer that upper-cases the street, as a postal service would. */
export const upperCaseStandardizer: AddressStandardizer = {
  name: 'upper-case',
  async standardize(address) {
    return { ok: true, address: { ...address, line1: address.line1.toUpperCase() } };
  },
};

/** A standardizer that cannot standardize anything. */
export const failingStandardizer: AddressStandardizer = {
  name: 'failing',
  async standardize() {
    return { ok: false, reason: 'address not found' };
  },
};

export const mainStreet = { line1: '400 Main St', city: 'Minneapolis', region: 'MN', postalCode: '55401' };
