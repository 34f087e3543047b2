import { describe, expectTypeOf, it } from 'vitest';
import type { FinancialSummaryRow, ParamsOf, ReportOutput, RowOf, Staffcore, financialSummary, invoiceAging } from '../../src/index.js';

describe('report types', () => {
  it('derives the parameters and rows of a report from its definition', () => {
    expectTypeOf<RowOf<typeof financialSummary>>().toEqualTypeOf<FinancialSummaryRow>();
    expectTypeOf<ParamsOf<typeof financialSummary>>().toHaveProperty('from').toEqualTypeOf<string>();
    expectTypeOf<ParamsOf<typeof invoiceAging>['openOnly']>().toEqualTypeOf<boolean | undefined>();
  });

  it('types reports.run and reports.forCustomer', () => {
    expectTypeOf<Staffcore['reports']['run']>().returns.resolves.toEqualTypeOf<ReportOutput>();
    expectTypeOf<Staffcore['reports']['forCustomer']>().parameter(0).toEqualTypeOf<{ id: string }>();
  });
});
