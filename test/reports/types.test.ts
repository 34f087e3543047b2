import { describe, expectTypeOf, it } from 'vitest';
import type { FinancialSummaryRow, ParamsOf, ReportCsvResult, ReportJsonResult, ReportRow, RowOf, RunReportResult, Staffcore, financialSummary, invoiceAging } from '../../src/index.js';

describe('report types', () => {
  it('derives the parameters and rows of a report from its definition', () => {
    expectTypeOf<RowOf<typeof financialSummary>>().toEqualTypeOf<FinancialSummaryRow>();
    expectTypeOf<ParamsOf<typeof financialSummary>>().toHaveProperty('from').toEqualTypeOf<string>();
    expectTypeOf<ParamsOf<typeof invoiceAging>['openOnly']>().toEqualTypeOf<boolean | undefined>();
    // GP % arrives as a decimal string (or null when nothing was billed), never a number.
    expectTypeOf<FinancialSummaryRow['grossProfitPercent']>().toEqualTypeOf<string | null>();
  });

  it('types reports.run and reports.forCustomer', () => {
    expectTypeOf<Staffcore['reports']['run']>().returns.resolves.toEqualTypeOf<RunReportResult>();
    expectTypeOf<RunReportResult['rows']>().toEqualTypeOf<readonly ReportRow[]>();
    expectTypeOf<ReportCsvResult['csv']>().toEqualTypeOf<string>();
    expectTypeOf<ReportJsonResult['json']>().toEqualTypeOf<string>();
    expectTypeOf<Staffcore['reports']['forCustomer']>().parameter(0).toEqualTypeOf<{ id: string }>();
  });
});
