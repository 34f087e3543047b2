/**
 * The names of the built-in reports, in the order `reports.forCustomer` lists them: a host's report
 * may not take one. Kept apart from the reports themselves so that checking a host's report names
 * does not bring the built-in reports into a bundle (a test holds the two lists equal).
 * @category Reports
 */
export const builtInReportNames = [
  'customer.snapshot',
  'customer.visifile',
  'customer.financialSummary',
  'customer.orders',
  'customer.assignments',
  'customer.invoiceAging',
  'customer.contacts',
  'customer.history',
] as const;
