import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';

/** The characters an id may hold: letters, digits, `_` and `-`, 1 to 64 of them. */
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

// The length is checked first and aborts, so an enormous string never reaches the pattern.
const idOf = <Brand extends string>() => z.string(worded).max(64, { abort: true, message: messages.idCharacters }).regex(idPattern, messages.idCharacters).brand<Brand>();

/**
 * Id of a customer record (root customer or department), allocated by the store. Shown as the Customer ID.
 * @category Records
 */
export const CustomerId = idOf<'CustomerId'>();
/**
 * Id of a customer record.
 * @category Records
 */
export type CustomerId = z.infer<typeof CustomerId>;

/**
 * Id of a worksite.
 * @category Records
 */
export const WorksiteId = idOf<'WorksiteId'>();
/**
 * Id of a worksite.
 * @category Records
 */
export type WorksiteId = z.infer<typeof WorksiteId>;

/**
 * Id of a level of the branch hierarchy (company, region, branch, …).
 * @category Records
 */
export const BranchId = idOf<'BranchId'>();
/**
 * Id of a level of the branch hierarchy.
 * @category Records
 */
export type BranchId = z.infer<typeof BranchId>;

/**
 * Id of a service rep (a user of the back office).
 * @category Records
 */
export const RepId = idOf<'RepId'>();
/**
 * Id of a service rep.
 * @category Records
 */
export type RepId = z.infer<typeof RepId>;

/**
 * Id of a sales team, as set up in administration.
 * @category Records
 */
export const SalesTeamId = idOf<'SalesTeamId'>();
/**
 * Id of a sales team.
 * @category Records
 */
export type SalesTeamId = z.infer<typeof SalesTeamId>;

/**
 * Id of a contact record.
 * @category Records
 */
export const ContactId = idOf<'ContactId'>();
/**
 * Id of a contact record.
 * @category Records
 */
export type ContactId = z.infer<typeof ContactId>;

/**
 * Id of a logged message.
 * @category Records
 */
export const MessageId = idOf<'MessageId'>();
/**
 * Id of a logged message.
 * @category Records
 */
export type MessageId = z.infer<typeof MessageId>;

/**
 * Id of an order.
 * @category Records
 */
export const OrderId = idOf<'OrderId'>();
/**
 * Id of an order.
 * @category Records
 */
export type OrderId = z.infer<typeof OrderId>;

/**
 * Id of an assignment.
 * @category Records
 */
export const AssignmentId = idOf<'AssignmentId'>();
/**
 * Id of an assignment.
 * @category Records
 */
export type AssignmentId = z.infer<typeof AssignmentId>;

/**
 * Id of an employee (held by the host's employee side; staffcore only refers to it).
 * @category Records
 */
export const EmployeeId = idOf<'EmployeeId'>();
/**
 * Id of an employee.
 * @category Records
 */
export type EmployeeId = z.infer<typeof EmployeeId>;

/**
 * Id of an invoice.
 * @category Records
 */
export const InvoiceId = idOf<'InvoiceId'>();
/**
 * Id of an invoice.
 * @category Records
 */
export type InvoiceId = z.infer<typeof InvoiceId>;

/**
 * Id of a task.
 * @category Records
 */
export const TaskId = idOf<'TaskId'>();
/**
 * Id of a task.
 * @category Records
 */
export type TaskId = z.infer<typeof TaskId>;

/**
 * Id of a hotlist.
 * @category Records
 */
export const HotlistId = idOf<'HotlistId'>();
/**
 * Id of a hotlist.
 * @category Records
 */
export type HotlistId = z.infer<typeof HotlistId>;

/**
 * Id of a favorite (a rep's bookmark of a record).
 * @category Records
 */
export const FavoriteId = idOf<'FavoriteId'>();
/**
 * Id of a favorite.
 * @category Records
 */
export type FavoriteId = z.infer<typeof FavoriteId>;

/**
 * Id of a recorded status change.
 * @category Records
 */
export const StatusChangeId = idOf<'StatusChangeId'>();
/**
 * Id of a recorded status change.
 * @category Records
 */
export type StatusChangeId = z.infer<typeof StatusChangeId>;

/**
 * Id of a recorded move of a customer record to another parent.
 * @category Records
 */
export const CustomerMoveId = idOf<'CustomerMoveId'>();
/**
 * Id of a recorded move.
 * @category Records
 */
export type CustomerMoveId = z.infer<typeof CustomerMoveId>;

/**
 * Id of an audit event: its position in the change feed, allocated by the store in commit order
 * (`'1'`, `'2'`, …; compare as numbers, not as strings).
 * @category Records
 */
export const AuditEventId = idOf<'AuditEventId'>();
/**
 * Id of an audit event.
 * @category Records
 */
export type AuditEventId = z.infer<typeof AuditEventId>;

/**
 * Id of a do-not-assign bar (an employee barred from a customer or its whole tree).
 * @category Records
 */
export const BarId = idOf<'BarId'>();
/**
 * Id of a do-not-assign bar.
 * @category Records
 */
export type BarId = z.infer<typeof BarId>;

/**
 * Id of an invoice line (hours of one assignment, with their pay and bill).
 * @category Records
 */
export const InvoiceLineId = idOf<'InvoiceLineId'>();
/**
 * Id of an invoice line.
 * @category Records
 */
export type InvoiceLineId = z.infer<typeof InvoiceLineId>;

/**
 * Id of a payment received against an invoice.
 * @category Records
 */
export const PaymentId = idOf<'PaymentId'>();
/**
 * Id of a payment.
 * @category Records
 */
export type PaymentId = z.infer<typeof PaymentId>;

/**
 * Id of a root customer's credit limit record.
 * @category Records
 */
export const CreditLimitId = idOf<'CreditLimitId'>();
/**
 * Id of a credit limit record.
 * @category Records
 */
export type CreditLimitId = z.infer<typeof CreditLimitId>;

/**
 * Id of a customer record's membership of a hotlist.
 * @category Records
 */
export const HotlistMemberId = idOf<'HotlistMemberId'>();
/**
 * Id of a hotlist membership.
 * @category Records
 */
export type HotlistMemberId = z.infer<typeof HotlistMemberId>;

/**
 * Id of a rep's remembered last search.
 * @category Records
 */
export const LastSearchId = idOf<'LastSearchId'>();
/**
 * Id of a rep's remembered last search.
 * @category Records
 */
export type LastSearchId = z.infer<typeof LastSearchId>;

/**
 * Id of a time-clock device's assignment to a customer record.
 * @category Records
 */
export const TimeClockId = idOf<'TimeClockId'>();
/**
 * Id of a time-clock assignment.
 * @category Records
 */
export type TimeClockId = z.infer<typeof TimeClockId>;

/**
 * A record's version: 1 when saved first, one more with every change.
 * @category Records
 */
export const Version = z.number(worded).int().positive();
/**
 * A record's version.
 * @category Records
 */
export type Version = z.infer<typeof Version>;

/**
 * Id of a recorded change of an assignment's rates (`assignments.massUpdateRates`).
 * @category Records
 */
export const RateChangeId = idOf<'RateChangeId'>();
/**
 * Id of a rate-change record.
 * @category Records
 */
export type RateChangeId = z.infer<typeof RateChangeId>;

/**
 * Id of a customer record's multiplier codes (its agreed rate rules).
 * @category Records
 */
export const MultiplierCodesId = idOf<'MultiplierCodesId'>();
/**
 * Id of a multiplier-codes record.
 * @category Records
 */
export type MultiplierCodesId = z.infer<typeof MultiplierCodesId>;
