import { describe, expectTypeOf, it } from 'vitest';
import type {
  AddCustomerInput,
  AddCustomerResult,
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
