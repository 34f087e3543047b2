import type * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  AddBranchLevelResult,
  AddCustomerResult,
  AddDepartmentResult,
  AddManyCustomersResult,
  AddWorksiteResult,
  ApplyDefaultsToDepartmentsResult,
  AssignTimeClockResult,
  AuditListResult,
  CapabilitiesResult,
  ChangeStatusResult,
  ChangesSinceResult,
  CopyContactToBillingResult,
  CustomerActionsResult,
  CustomerReports,
  CustomerView,
  DraftPostResult,
  GetCustomerResult,
  ListBranchLevelsResult,
  ListTimeClocksResult,
  ListWorksitesResult,
  MergeCustomersResult,
  MoveCustomerResult,
  MoveHistoryResult,
  MoveTargetsResult,
  NeighborsResult,
  ReportCsvResult,
  ReportJsonResult,
  ResolvedMultiplierCodes,
  RunReportResult,
  SearchCustomersResult,
  SetCreditLimitResult,
  SetDefaultWorksiteResult,
  SetMultiplierCodesResult,
  StatusHistoryResult,
  TreeCredit,
  UpdateCustomerResult,
  standardRoles,
  allActions,
  createStaffcore,
} from '../../src/index.js';
import { mainStreet, upperCaseStandardizer } from '../helpers/agency.js';
import { buildWorkTree } from '../helpers/workTree.js';

/** Parses a real result with its schema: it must pass as it is, every field kept (no unknown key, none dropped). */
function passes<S extends z.ZodType>(schema: S, result: z.output<S>): z.output<S> {
  const parsed = schema.safeParse(result);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  expect(parsed.data).toEqual(result);
  return result;
}

describe('the results of the record, tree, audit, report, credit and integration actions', () => {
  it('each pass the result schema the action declares', async () => {
    const t = await buildWorkTree();
    const actor = { id: 'ada', name: 'Ada', branchId: t.agency.ids.minneapolis, roles: [standardRoles.administrator] };
    const sc = t.agency.as(actor, { addressStandardizer: upperCaseStandardizer, integrations: { timeClock: true, twitter: true } });

    const added = passes(AddCustomerResult, await sc.customers.add({ name: 'Globex', address: mainStreet, phone: '+1 612 555 0100', socialHandles: [{ network: 'twitter', handle: 'globex' }] }));
    passes(AddCustomerResult, await sc.customers.add({ name: 'Globex Corp', phone: '+1 612 555 0100' }));
    const dept = passes(AddDepartmentResult, await sc.departments.add({ name: 'Globex Dock', parentId: added.customer.id }));
    passes(AddManyCustomersResult, await sc.customers.addMany({ rows: [{ name: 'Initech' }, { name: '' }], mode: 'validRowsOnly' }));
    passes(GetCustomerResult, await sc.customers.get({ id: added.customer.id }));
    const found = passes(SearchCustomersResult, await sc.customers.search({ text: 'globex', limit: 1 }));
    expect(found.next).not.toBeNull();
    const updated = passes(UpdateCustomerResult, await sc.customers.update({ id: added.customer.id, version: added.customer.version, changes: { notes: 'Big account' } }));
    passes(CopyContactToBillingResult, await sc.customers.copyContactToBilling({ id: added.customer.id, version: updated.customer.version }));
    passes(ChangeStatusResult, await sc.customers.changeStatus({ id: added.customer.id, to: 'A', cascade: true }));
    passes(StatusHistoryResult, await sc.customers.statusHistory({ id: added.customer.id, scope: 'master' }));
    passes(CapabilitiesResult, await sc.customers.capabilities({ id: dept.customer.id }));
    passes(MoveTargetsResult, await sc.customers.moveTargets({ id: dept.customer.id }));
    passes(MoveTargetsResult, await sc.customers.moveTargets({ id: dept.customer.id, rootId: t.root }));
    const { customer: moving } = await sc.customers.get({ id: dept.customer.id });
    passes(MoveCustomerResult, await sc.customers.move({ id: moving.id, newParentId: t.root, version: moving.version }));
    passes(MoveHistoryResult, await sc.customers.moveHistory({ id: moving.id }));
    const { customer: root } = await sc.customers.get({ id: t.root });
    passes(ApplyDefaultsToDepartmentsResult, await sc.customers.applyDefaultsToDepartments({ id: root.id, fields: ['terms', 'billingAddress'], version: root.version, dryRun: true }));
    passes(CustomerView, await sc.customers.view({ id: t.night }));
    passes(CustomerActionsResult, await sc.customers.actions({ id: t.night }));
    passes(NeighborsResult, await sc.customers.neighbors({ id: added.customer.id }));
    passes(SetMultiplierCodesResult, await sc.customers.setMultiplierCodes({ customerId: t.root, codes: { markupPercent: '40', minGpPercent: '22' } }));
    passes(ResolvedMultiplierCodes, await sc.customers.multiplierCodes({ customerId: t.night }));
    const { customer: duplicate } = await sc.customers.add({ name: 'Initech again' });
    passes(MergeCustomersResult, await sc.customers.merge({ from: duplicate.id, into: added.customer.id, dryRun: true }));
    passes(MergeCustomersResult, await sc.customers.merge({ from: duplicate.id, into: added.customer.id }));

    const site = passes(AddWorksiteResult, await sc.worksites.add({ customerId: added.customer.id, address: { ...mainStreet, line1: '9 Dock Rd' } }));
    const { customer: owner } = await sc.customers.get({ id: added.customer.id });
    passes(SetDefaultWorksiteResult, await sc.worksites.setDefault({ customerId: owner.id, worksiteId: site.worksite.id, version: owner.version }));
    passes(ListWorksitesResult, await sc.worksites.list({ customerId: added.customer.id, scope: 'master' }));

    const admin = t.agency.as({ ...actor, branchId: t.agency.ids.company });
    passes(AddBranchLevelResult, await admin.hierarchy.addLevel({ name: 'Edina', parentId: t.agency.ids.minneapolis }));
    passes(ListBranchLevelsResult, await admin.hierarchy.list());
    passes(AuditListResult, await sc.audit.list({ entity: 'customers', id: t.root, scope: 'master', limit: 2 }));
    passes(ChangesSinceResult, await admin.changes.since({ limit: 5 }));

    passes(SetCreditLimitResult, await sc.credit.setLimit({ customerId: t.root, limit: '50000.00' }));
    passes(TreeCredit, await sc.credit.check({ customerId: t.night, orderAmount: '2500.00' }));
    passes(DraftPostResult, await sc.social.draftPost({ customerId: added.customer.id, text: 'We are hiring' }));
    passes(AssignTimeClockResult, await sc.timeClocks.assign({ customerId: t.night, deviceId: 'TC-1' }));
    passes(ListTimeClocksResult, await sc.timeClocks.list({ customerId: t.night }));

    passes(CustomerReports, await sc.reports.forCustomer({ id: t.warehouse }));
    const params = { customerId: t.root, scope: 'master', from: '2026-01-01', to: '2026-12-31' };
    passes(RunReportResult, await sc.reports.run({ name: 'customer.financialSummary', params }));
    passes(RunReportResult, await sc.reports.run({ name: 'customer.snapshot', params: { customerId: t.root }, sink: () => undefined }));
    const text = createStaffcore({ actions: allActions, store: t.agency.store, actor, integrations: { timeClock: true, twitter: true } }).reports;
    passes(ReportCsvResult, await text.csv({ name: 'customer.financialSummary', params }));
    passes(ReportJsonResult, await text.json({ name: 'customer.snapshot', params: { customerId: t.root }, sink: () => undefined }));
  });

  it('refuse what is not a result: a bare record, a list in a shape of its own', async () => {
    const t = await buildWorkTree();
    const { customer } = await t.dana.customers.get({ id: t.root });
    expect(GetCustomerResult.safeParse(customer).success).toBe(false);
    const { items } = await t.dana.worksites.list({ customerId: t.root });
    expect(ListWorksitesResult.safeParse({ worksites: items }).success).toBe(false);
    expect(ListWorksitesResult.safeParse({ items, next: null, total: items.length }).success).toBe(false);
  });
});
