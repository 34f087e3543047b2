import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { CalendarDate, defineCustomFields, type CustomFieldSet } from '../src/index.js';
import type {
  AddCustomerInput,
  AddCustomerResult,
  AllActions,
  ChangesSinceResult,
  Customer,
  CustomerId,
  DefaultedValues,
  GetCustomerResult,
  Money,
  Provenance,
  Staffcore,
  StaffcoreErrorCode,
  Verdict,
  CreateAssignmentResult,
  GrossProfitResult,
  MassUpdateRatesInput,
  MassUpdateRatesResult,
  ResolvedMultiplierCodes,
} from '../src/index.js';

describe('public types', () => {
  it('brands ids and money so they cannot be mixed up with plain strings', () => {
    expectTypeOf<CustomerId>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<CustomerId>();
    expectTypeOf<Money>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<Money>();
  });

  it('types the actions', () => {
    expectTypeOf<Staffcore['customers']['add']>().returns.resolves.toEqualTypeOf<AddCustomerResult>();
    expectTypeOf<Staffcore['customers']['get']>().returns.resolves.toEqualTypeOf<GetCustomerResult>();
    expectTypeOf<GetCustomerResult['customer']>().toEqualTypeOf<Customer>();
    expectTypeOf<Staffcore['customers']['add']>().parameter(0).toEqualTypeOf<AddCustomerInput>();
    expectTypeOf<Staffcore['changes']['since']>().returns.resolves.toEqualTypeOf<ChangesSinceResult>();
    expectTypeOf<AddCustomerResult['defaults']['branchId']>().toEqualTypeOf<Provenance>();
  });

  it('keeps the id brands through defaults and results', () => {
    expectTypeOf<DefaultedValues['branchId']>().toEqualTypeOf<Customer['branchId']>();
    expectTypeOf<DefaultedValues['accountManagerId']>().toEqualTypeOf<Customer['accountManagerId']>();
    expectTypeOf<AddCustomerResult['customer']['id']>().toEqualTypeOf<CustomerId>();
  });

  it('makes refusals carry a code and a reason', () => {
    expectTypeOf<Extract<Verdict, { allowed: false }>['code']>().toEqualTypeOf<StaffcoreErrorCode>();
    expectTypeOf<Extract<Verdict, { allowed: false }>['reason']>().toEqualTypeOf<string>();
  });

  it('types the rate actions and the calculator', () => {
    expectTypeOf<Staffcore['assignments']['massUpdateRates']>().parameter(0).toEqualTypeOf<MassUpdateRatesInput>();
    expectTypeOf<Staffcore['assignments']['massUpdateRates']>().returns.resolves.toEqualTypeOf<MassUpdateRatesResult>();
    expectTypeOf<Staffcore['assignments']['create']>().returns.resolves.toEqualTypeOf<CreateAssignmentResult>();
    expectTypeOf<Staffcore['customers']['multiplierCodes']>().returns.resolves.toEqualTypeOf<ResolvedMultiplierCodes>();
    expectTypeOf<GrossProfitResult['gpPercent']>().toEqualTypeOf<string | null>();
    expectTypeOf<GrossProfitResult['grossProfit']>().toEqualTypeOf<Money>();
  });
});

describe('public types of the record', () => {
  it('types the record’s actions from the action table', async () => {
    const types = await import('../src/index.js');
    expectTypeOf<import('../src/index.js').Staffcore['customers']['view']>().returns.resolves.toEqualTypeOf<import('../src/index.js').CustomerView>();
    expectTypeOf<import('../src/index.js').Staffcore['contacts']['add']>().parameter(0).toEqualTypeOf<import('../src/index.js').AddContactInput>();
    expectTypeOf<import('../src/index.js').Staffcore['customers']['merge']>().returns.resolves.toEqualTypeOf<import('../src/index.js').MergeCustomersResult>();
    expectTypeOf<import('../src/index.js').RecordMenuItemId>().toEqualTypeOf<(typeof types.recordMenuItems)[number]['id']>();
    expectTypeOf<'newOrder'>().toExtend<import('../src/index.js').RecordMenuItemId>();
    expectTypeOf<'fly'>().not.toExtend<import('../src/index.js').RecordMenuItemId>();
    expectTypeOf<'INTEGRATION_MISSING'>().toExtend<import('../src/index.js').StaffcoreErrorCode>();
  });
});

describe('an instance made of a few groups', () => {
  it('has exactly the groups given, typed from them; an action is a value that describes itself', async () => {
    const { createStaffcore, customers, orders } = await import('../src/index.js');
    const { memoryStore } = await import('../src/adapters/memory/index.js');
    type Few = ReturnType<typeof createStaffcore<{ customers: typeof customers; orders: typeof orders }>>;
    expectTypeOf<keyof Few>().toEqualTypeOf<'actor' | 'transaction' | 'customers' | 'orders'>();
    expectTypeOf<Few['customers']['add']>().parameter(0).toEqualTypeOf<AddCustomerInput>();
    expectTypeOf<Few['customers']['add']>().returns.resolves.toEqualTypeOf<AddCustomerResult>();
    expectTypeOf(customers.add.name).toEqualTypeOf<'customers.add'>();
    const sc = createStaffcore({ store: memoryStore(), actor: { id: 'a', name: 'A', branchId: '1' }, actions: { customers } });
    // @ts-expect-error an instance without the orders group has no orders
    void sc.orders;
    await sc.transaction(async (tx) => {
      expectTypeOf(tx.customers.get).returns.resolves.toEqualTypeOf<GetCustomerResult>();
      // @ts-expect-error the transaction has the instance's groups only
      void tx.orders;
    });
  });
});

describe('public types of custom fields', () => {
  const customFields = {
    customers: { vmsId: z.string().max(40), unionShop: z.boolean().default(false), orientationDate: CalendarDate.optional() },
    orders: z.object({ poNumber: z.string().optional() }),
  };
  type Sc = Staffcore<AllActions, typeof customFields>;
  it('infers the declaration from defineCustomFields', () => {
    expectTypeOf(defineCustomFields(customFields)).toEqualTypeOf<CustomFieldSet<typeof customFields>>();
  });

  it('types the declared values on every record read, and leaves the rest of the record alone', () => {
    type Read = Awaited<ReturnType<Sc['customers']['get']>>['customer'];
    expectTypeOf<Read['custom']['vmsId']>().toEqualTypeOf<string>();
    expectTypeOf<Read['custom']['unionShop']>().toEqualTypeOf<boolean>();
    expectTypeOf<Read['custom']['orientationDate']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Read['name']>().toEqualTypeOf<Customer['name']>();
    expectTypeOf<Awaited<ReturnType<Sc['customers']['search']>>['items'][number]['custom']['vmsId']>().toEqualTypeOf<string>();
    expectTypeOf<Awaited<ReturnType<Sc['orders']['create']>>['order']['custom']['poNumber']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Awaited<ReturnType<Sc['customers']['addMany']>>['added'][number]['customer']['custom']['vmsId']>().toEqualTypeOf<string>();
  });

  it('types the custom input: required fields required, undeclared keys refused, changes partial with null to clear', () => {
    type Add = Parameters<Sc['customers']['add']>[0];
    expectTypeOf<{ name: string; custom: { vmsId: string } }>().toExtend<Add>();
    // An object literal with an undeclared key does not compile (TypeScript's excess-property check).
    const add = (input: Add) => input;
    // @ts-expect-error region2 is not declared
    add({ name: 'Harbor Foods', custom: { vmsId: 'V-1', region2: 'north' } });
    expectTypeOf<{ name: string; custom: { unionShop: true } }>().not.toExtend<Add>();
    expectTypeOf<{ name: string; custom: { vmsId: number } }>().not.toExtend<Add>();
    type Changes = NonNullable<Parameters<Sc['customers']['update']>[0]['changes']['custom']>;
    expectTypeOf<{ orientationDate: null }>().toExtend<Changes>();
    expectTypeOf<{ vmsId: null }>().not.toExtend<Changes>();
    type Filter = NonNullable<NonNullable<Parameters<Sc['customers']['search']>[0]>['custom']>;
    expectTypeOf<{ vmsId: 'V-1042' }>().toExtend<Filter>();
    expectTypeOf<{ orientationDate: { from: '2026-01-01' } }>().toExtend<Filter>();
    expectTypeOf<{ nope: 1 }>().not.toExtend<Filter>();
  });

  it('leaves an instance without custom fields typed as before', () => {
    expectTypeOf<Staffcore<AllActions, {}>['customers']['add']>().returns.resolves.toEqualTypeOf<AddCustomerResult>();
  });
});
