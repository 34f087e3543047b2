import * as z from 'zod';
import type { Address } from '../../model/index.js';
import { customFieldCells } from '../customFieldCells.js';
import { customFieldColumns } from '../customFieldColumns.js';
import { defineReport } from '../defineReport.js';
import type { ReportCell } from '../ReportColumn.js';
import { customerReportFields } from './customerFields.js';

const oneLine = (address: Address | null): string | null =>
  address ? [address.line1, address.line2, address.city, `${address.region} ${address.postalCode}`, address.country].filter(Boolean).join(', ') : null;

/**
 * A row of the customer snapshot: one record's basic information, then its custom values by
 * `custom.<field>` (a string, a number, a boolean or `null`), one per declared customer field.
 * @category Reports
 */
export interface CustomerSnapshotRow {
  readonly [key: string]: ReportCell;
  readonly customerId: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly status: string;
  readonly branchId: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly contactAddress: string | null;
  readonly billingAddress: string | null;
  readonly accountManagerId: string;
  readonly salesTeamId: string | null;
  readonly terms: string | null;
  readonly workerCompCode: string | null;
  readonly createdAt: string;
}

/**
 * `customer.snapshot`: the basic information of a record (or of each record of its subtree or
 * whole tree, parents first), with its Customer ID; then one column per custom field the instance
 * declares on customers (`custom.vmsId`, see {@link customFieldColumns}).
 * @category Reports
 */
export const customerSnapshot = defineReport({
  name: 'customer.snapshot',
  title: 'Customer snapshot',
  description: 'Basic information of the record, with its Customer ID: status, branch, phone, e-mail, addresses, account manager, terms, and its custom fields.',
  params: z.strictObject(customerReportFields),
  columns: [
    { key: 'customerId', label: 'Customer ID', type: 'text' },
    { key: 'name', label: 'Name', type: 'text' },
    { key: 'parentId', label: 'Parent ID', type: 'text' },
    { key: 'status', label: 'Status', type: 'text' },
    { key: 'branchId', label: 'Branch', type: 'text' },
    { key: 'phone', label: 'Phone', type: 'text' },
    { key: 'email', label: 'E-mail', type: 'text' },
    { key: 'contactAddress', label: 'Contact address', type: 'text' },
    { key: 'billingAddress', label: 'Billing address', type: 'text' },
    { key: 'accountManagerId', label: 'Account manager', type: 'text' },
    { key: 'salesTeamId', label: 'Sales team', type: 'text' },
    { key: 'terms', label: 'Terms', type: 'text' },
    { key: 'workerCompCode', label: 'Worker comp', type: 'text' },
    { key: 'createdAt', label: 'Created', type: 'text' },
  ],
  customColumns: customFieldColumns('customers'),
  async *run(context, params): AsyncGenerator<CustomerSnapshotRow> {
    const record = await context.customer(params.customerId, 'customerId');
    const custom = context.customFields.of('customers');
    for (const customer of await context.recordsInScope(record, params.scope)) {
      yield {
        customerId: customer.id,
        name: customer.name,
        parentId: customer.parentId,
        status: customer.status,
        branchId: customer.branchId,
        phone: customer.phone,
        email: customer.email,
        contactAddress: oneLine(customer.contactAddress),
        billingAddress: oneLine(customer.billingAddress),
        accountManagerId: customer.accountManagerId,
        salesTeamId: customer.salesTeamId,
        terms: customer.terms?.label ?? null,
        workerCompCode: customer.defaultWorkerCompCode,
        createdAt: customer.createdAt,
        ...customFieldCells(custom, customer.custom),
      };
    }
  },
});
