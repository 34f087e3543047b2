import { describe, expectTypeOf, it } from 'vitest';
import type { AddCustomerResult, Customer, CustomerId, Money, Provenance, Staffcore, StaffcoreErrorCode, Verdict } from '../src/index.js';

describe('public types', () => {
  it('brands ids and money so they cannot be mixed up with plain strings', () => {
    expectTypeOf<CustomerId>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<CustomerId>();
    expectTypeOf<Money>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<Money>();
  });

  it('types the actions', () => {
    expectTypeOf<Staffcore['customers']['add']>().returns.resolves.toEqualTypeOf<AddCustomerResult>();
    expectTypeOf<Staffcore['customers']['get']>().returns.resolves.toEqualTypeOf<Customer>();
    expectTypeOf<AddCustomerResult['defaults']['branchId']>().toEqualTypeOf<Provenance>();
  });

  it('makes refusals carry a code and a reason', () => {
    expectTypeOf<Extract<Verdict, { allowed: false }>['code']>().toEqualTypeOf<StaffcoreErrorCode>();
    expectTypeOf<Extract<Verdict, { allowed: false }>['reason']>().toEqualTypeOf<string>();
  });
});
