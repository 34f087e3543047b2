import * as z from 'zod';
import { worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';

/** The characters an id may hold: letters, digits, `_` and `-`, 1 to 64 of them. */
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

// The length is checked first and aborts, so an enormous string never reaches the pattern.
const idOf = <Brand extends string>() => z.string(worded).max(64, { abort: true, message: messages.idCharacters }).regex(idPattern, messages.idCharacters).brand<Brand>();

/** Id of a customer record (root customer or department), allocated by the store. Shown as the Customer ID. */
export const CustomerId = idOf<'CustomerId'>();
/** Id of a customer record. */
export type CustomerId = z.infer<typeof CustomerId>;

/** Id of a worksite. */
export const WorksiteId = idOf<'WorksiteId'>();
/** Id of a worksite. */
export type WorksiteId = z.infer<typeof WorksiteId>;

/** Id of a level of the branch hierarchy (company, region, branch, …). */
export const BranchId = idOf<'BranchId'>();
/** Id of a level of the branch hierarchy. */
export type BranchId = z.infer<typeof BranchId>;

/** Id of a service rep (a user of the back office). */
export const RepId = idOf<'RepId'>();
/** Id of a service rep. */
export type RepId = z.infer<typeof RepId>;

/** Id of a sales team, as set up in administration. */
export const SalesTeamId = idOf<'SalesTeamId'>();
/** Id of a sales team. */
export type SalesTeamId = z.infer<typeof SalesTeamId>;

/** Id of a contact record. */
export const ContactId = idOf<'ContactId'>();
/** Id of a contact record. */
export type ContactId = z.infer<typeof ContactId>;

/** Id of a logged message. */
export const MessageId = idOf<'MessageId'>();
/** Id of a logged message. */
export type MessageId = z.infer<typeof MessageId>;

/** Id of an order. */
export const OrderId = idOf<'OrderId'>();
/** Id of an order. */
export type OrderId = z.infer<typeof OrderId>;

/** Id of an assignment. */
export const AssignmentId = idOf<'AssignmentId'>();
/** Id of an assignment. */
export type AssignmentId = z.infer<typeof AssignmentId>;

/** Id of an employee (held by the host's employee side; staffcore only refers to it). */
export const EmployeeId = idOf<'EmployeeId'>();
/** Id of an employee. */
export type EmployeeId = z.infer<typeof EmployeeId>;

/** Id of an invoice. */
export const InvoiceId = idOf<'InvoiceId'>();
/** Id of an invoice. */
export type InvoiceId = z.infer<typeof InvoiceId>;

/** Id of a task. */
export const TaskId = idOf<'TaskId'>();
/** Id of a task. */
export type TaskId = z.infer<typeof TaskId>;

/** Id of a hotlist. */
export const HotlistId = idOf<'HotlistId'>();
/** Id of a hotlist. */
export type HotlistId = z.infer<typeof HotlistId>;

/** Id of a favorite (a rep's bookmark of a record). */
export const FavoriteId = idOf<'FavoriteId'>();
/** Id of a favorite. */
export type FavoriteId = z.infer<typeof FavoriteId>;

/** Id of a recorded status change. */
export const StatusChangeId = idOf<'StatusChangeId'>();
/** Id of a recorded status change. */
export type StatusChangeId = z.infer<typeof StatusChangeId>;

/** Id of a recorded move of a customer record to another parent. */
export const CustomerMoveId = idOf<'CustomerMoveId'>();
/** Id of a recorded move. */
export type CustomerMoveId = z.infer<typeof CustomerMoveId>;

/**
 * Id of an audit event: its position in the change feed, allocated by the store in commit order
 * (`'1'`, `'2'`, …; compare as numbers, not as strings).
 */
export const AuditEventId = idOf<'AuditEventId'>();
/** Id of an audit event. */
export type AuditEventId = z.infer<typeof AuditEventId>;

/** Id of a do-not-assign bar (an employee barred from a customer or its whole tree). */
export const BarId = idOf<'BarId'>();
/** Id of a do-not-assign bar. */
export type BarId = z.infer<typeof BarId>;

/** Id of an invoice line (hours of one assignment, with their pay and bill). */
export const InvoiceLineId = idOf<'InvoiceLineId'>();
/** Id of an invoice line. */
export type InvoiceLineId = z.infer<typeof InvoiceLineId>;

/** Id of a payment received against an invoice. */
export const PaymentId = idOf<'PaymentId'>();
/** Id of a payment. */
export type PaymentId = z.infer<typeof PaymentId>;

/** Id of a root customer's credit limit record. */
export const CreditLimitId = idOf<'CreditLimitId'>();
/** Id of a credit limit record. */
export type CreditLimitId = z.infer<typeof CreditLimitId>;

/** Id of a customer record's membership of a hotlist. */
export const HotlistMemberId = idOf<'HotlistMemberId'>();
/** Id of a hotlist membership. */
export type HotlistMemberId = z.infer<typeof HotlistMemberId>;

/** Id of a rep's remembered last search. */
export const LastSearchId = idOf<'LastSearchId'>();
/** Id of a rep's remembered last search. */
export type LastSearchId = z.infer<typeof LastSearchId>;

/** Id of a time-clock device's assignment to a customer record. */
export const TimeClockId = idOf<'TimeClockId'>();
/** Id of a time-clock assignment. */
export type TimeClockId = z.infer<typeof TimeClockId>;

/** A record's version: 1 when saved first, one more with every change. */
export const Version = z.number(worded).int().positive();
/** A record's version. */
export type Version = z.infer<typeof Version>;

/** Id of a recorded change of an assignment's rates (`assignments.massUpdateRates`). */
export const RateChangeId = idOf<'RateChangeId'>();
/** Id of a rate-change record. */
export type RateChangeId = z.infer<typeof RateChangeId>;

/** Id of a customer record's multiplier codes (its agreed rate rules). */
export const MultiplierCodesId = idOf<'MultiplierCodesId'>();
/** Id of a multiplier-codes record. */
export type MultiplierCodesId = z.infer<typeof MultiplierCodesId>;
