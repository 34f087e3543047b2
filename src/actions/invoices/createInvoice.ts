import * as z from 'zod';
import { Decimal } from '../../model/decimal.js';
import { sumMoney } from '../../model/sumMoney.js';
import { toMoney } from '../../model/toMoney.js';
import { CreateInvoiceInput, Invoice, InvoiceLine, type Hours } from '../../model/index.js';
import { dueDate } from '../../rules/dueDate.js';
import { fieldError } from '../../errors/index.js';
import { defineAction } from '../_internal/defineAction.js';
import * as messages from '../../errors/messages.js';

/**
 * What `invoices.create` produced.
 * @category Action results
 */
export const CreateInvoiceResult = z.strictObject({
  /** The saved invoice, its totals the sums of its lines. */
  invoice: Invoice,
  /** Its lines, in the order given. */
  lines: z.array(InvoiceLine).readonly(),
});
/**
 * What `invoices.create` produced.
 * @category Action results
 */
export type CreateInvoiceResult = z.output<typeof CreateInvoiceResult>;

/**
 * The `invoices.create` action; its documentation is on the `create` member of its group (`invoices.ts`), where editors and the reference show it.
 * @category Action results
 */
export const createInvoice = defineAction({
  name: 'invoices.create',
  summary: "Bills hours of a record's assignments; totals and due date follow from the lines and the terms.",
  input: CreateInvoiceInput,
  result: CreateInvoiceResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED'],
  subject: 'invoice',
  permission: 'invoice.create',
  async run(run, input): Promise<CreateInvoiceResult> {
    const customer = await run.customer(input.customerId, 'customerId');
    const ids = [...new Set(input.lines.map((line) => line.assignmentId))];
    const assignments = new Map((await run.tx.assignments.getMany(ids)).map((assignment) => [assignment.id, assignment]));
    const drafts = input.lines.map((line, index) => {
      const assignment = assignments.get(line.assignmentId);
      if (!assignment || assignment.customerId !== customer.id) {
        throw fieldError('invoice', ['lines', index, 'assignmentId'], messages.notAssignmentOfCustomer(customer.id));
      }
      const payRate = line.payRate ?? assignment.payRate;
      const billRate = line.billRate ?? assignment.billRate;
      for (const [field, rate] of [['payRate', payRate], ['billRate', billRate]] as const) {
        if (rate.startsWith('-')) throw fieldError('invoice', ['lines', index, field], messages.notNegative);
      }
      return {
        customerId: customer.id,
        invoiceDate: input.invoiceDate,
        assignmentId: assignment.id,
        employeeId: assignment.employeeId,
        description: line.description ?? assignment.jobTitle,
        hours: line.hours,
        payRate,
        billRate,
        pay: toMoney(new Decimal(line.hours).times(payRate)),
        bill: toMoney(new Decimal(line.hours).times(billRate)),
      };
    });
    const billed = sumMoney(drafts.map((line) => line.bill));
    const invoice = await run.tx.invoices.insert({
      customerId: customer.id,
      invoiceDate: input.invoiceDate,
      dueDate: dueDate(input.invoiceDate, customer.terms),
      billed,
      cost: sumMoney(drafts.map((line) => line.pay)),
      hours: sumMoney(drafts.map((line) => line.hours)) as string as Hours,
      paid: '0.00' as Invoice['paid'],
      state: billed === '0.00' ? 'paid' : 'open',
      memo: input.memo,
      createdAt: run.now,
      createdBy: run.actor.id,
    });
    const lines = await run.tx.invoiceLines.insertMany(drafts.map((line) => ({ ...line, invoiceId: invoice.id })));
    return { invoice, lines };
  },
});
