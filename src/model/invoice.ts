import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';
import { CalendarDate, Instant } from './dates.js';
import { AssignmentId, CustomerId, EmployeeId, InvoiceId, InvoiceLineId, PaymentId, RepId, Version } from './ids.js';
import { ScopedListFields } from './listPage.js';
import { Hours, Money, NonNegativeHours, Rate } from './money.js';

/**
 * An invoice sent to a customer: what was billed, what it cost, the hours, what has been paid,
 * and when it falls due (its invoice date plus the record's terms at the time it was issued).
 * `billed`, `cost` and `hours` are the sums of its lines; `paid` the sum of its payments.
 * @category Records
 */
export const Invoice = z.object({
  id: InvoiceId,
  version: z.number(worded).int().positive(),
  customerId: CustomerId,
  invoiceDate: CalendarDate,
  /** The day it falls due by the terms it was issued under; unpaid after this day it is overdue. */
  dueDate: CalendarDate,
  billed: Money,
  cost: Money,
  hours: Hours,
  paid: Money,
  /** `open` while a balance is left (billed − paid > 0), `paid` once settled (a 0.00 invoice is born `paid`). */
  state: z.enum(['open', 'paid'], worded),
  /** Free text printed on the invoice (why a zero-dollar invoice was made, say). */
  memo: z.string(worded).max(500),
  createdAt: Instant,
  createdBy: RepId,
}, worded);
/**
 * An invoice sent to a customer.
 * @category Records
 */
export type Invoice = z.infer<typeof Invoice>;

/**
 * One line of an invoice: hours worked on an assignment, with the pay (cost) and the billing they
 * make. Lines carry their invoice's customer and date so reports can sum them by either.
 * @category Records
 */
export const InvoiceLine = z.object({
  id: InvoiceLineId,
  version: z.number(worded).int().positive(),
  invoiceId: InvoiceId,
  customerId: CustomerId,
  invoiceDate: CalendarDate,
  assignmentId: AssignmentId.nullable(),
  employeeId: EmployeeId.nullable(),
  description: z.string(worded).max(200),
  hours: Hours,
  payRate: Rate,
  billRate: Rate,
  /** Hours × pay rate, to the cent (half up). */
  pay: Money,
  /** Hours × bill rate, to the cent (half up). */
  bill: Money,
}, worded);
/**
 * One line of an invoice.
 * @category Records
 */
export type InvoiceLine = z.infer<typeof InvoiceLine>;

/**
 * A payment received against an invoice.
 * @category Records
 */
export const Payment = z.object({
  id: PaymentId,
  version: z.number(worded).int().positive(),
  invoiceId: InvoiceId,
  customerId: CustomerId,
  amount: Money,
  receivedOn: CalendarDate,
  reference: z.string(worded).max(100),
  createdAt: Instant,
  createdBy: RepId,
}, worded);
/**
 * A payment received against an invoice.
 * @category Records
 */
export type Payment = z.infer<typeof Payment>;

const positiveMoney = Money.refine((amount) => !amount.startsWith('-') && amount !== '0.00', messages.positiveAmount);

/**
 * One line of a new invoice: hours on an assignment of the record (rates default to the assignment's).
 * @category Records
 */
export const InvoiceLineInput = z.strictObject({
  assignmentId: AssignmentId,
  hours: NonNegativeHours,
  /** The assignment's pay rate when left out. */
  payRate: Rate.optional(),
  /** The assignment's bill rate when left out. */
  billRate: Rate.optional(),
  description: z.string(worded).max(200).trim().optional(),
}, worded);
/**
 * One line of a new invoice.
 * @category Records
 */
export type InvoiceLineInput = z.input<typeof InvoiceLineInput>;

/**
 * Bills hours of a record's assignments (`invoices.create`).
 * @category Records
 */
export const CreateInvoiceInput = z.strictObject({
  customerId: CustomerId,
  invoiceDate: CalendarDate,
  lines: z.array(InvoiceLineInput, worded).min(1).max(10_000),
  memo: z.string(worded).max(500).trim().default(''),
}, worded);
/**
 * Bills hours of a record's assignments.
 * @category Records
 */
export type CreateInvoiceInput = z.input<typeof CreateInvoiceInput>;

/**
 * Adds a 0.00 invoice to a record (`invoices.createZeroDollar`).
 * @category Records
 */
export const CreateZeroDollarInvoiceInput = z.strictObject({
  customerId: CustomerId,
  /** The action's day (by the clock, UTC) when left out. */
  invoiceDate: CalendarDate.optional(),
  memo: z.string(worded).max(500).trim().default(''),
}, worded);
/**
 * Adds a 0.00 invoice to a record.
 * @category Records
 */
export type CreateZeroDollarInvoiceInput = z.input<typeof CreateZeroDollarInvoiceInput>;

/**
 * Lists the invoices of a record, its subtree or its whole tree, newest first, with due dates and overdue state (`invoices.list`).
 * @category Records
 */
export const ListInvoicesInput = z.strictObject({
  ...ScopedListFields,
  /** The day the overdue state is worked out for; the action's day (by the clock, UTC) when left out. */
  asOf: CalendarDate.optional(),
  /** `true`: only invoices with a balance left; `false` (default): all. */
  openOnly: z.boolean(worded).default(false),
}, worded);
/**
 * Lists invoices.
 * @category Records
 */
export type ListInvoicesInput = z.input<typeof ListInvoicesInput>;

/**
 * Records a payment against an invoice (`invoices.recordPayment`); more than the balance is refused.
 * @category Records
 */
export const RecordPaymentInput = z.strictObject({
  invoiceId: InvoiceId,
  amount: positiveMoney,
  receivedOn: CalendarDate,
  reference: z.string(worded).max(100).trim().default(''),
  /** The invoice's version read; a newer stored version fails with `CONFLICT`. */
  version: Version.optional(),
}, worded);
/**
 * Records a payment.
 * @category Records
 */
export type RecordPaymentInput = z.input<typeof RecordPaymentInput>;

/**
 * Reads one invoice with its lines and payments (`invoices.get`).
 * @category Records
 */
export const GetInvoiceInput = z.strictObject({
  id: InvoiceId,
  /** The day the overdue state is worked out for; the action's day (by the clock, UTC) when left out. */
  asOf: CalendarDate.optional(),
}, worded);
/**
 * Reads one invoice.
 * @category Records
 */
export type GetInvoiceInput = z.input<typeof GetInvoiceInput>;
