import * as z from 'zod';
import { issueMessage, worded } from '../errors/issueMessage.js';
import * as messages from '../errors/messages.js';

/**
 * Every permission a security role can grant, one per action.
 * @category Records
 */
export const permissions = [
  'customer.read',
  'customer.add',
  'customer.edit',
  'customer.changeStatus',
  'customer.move',
  'worksite.edit',
  'contact.edit',
  'message.log',
  'order.create',
  'order.close',
  'assignment.edit',
  'bar.edit',
  'assignment.massUpdateRates',
  'invoice.zeroDollar',
  'invoice.create',
  'invoice.payment',
  'credit.manage',
  'credit.override',
  'task.edit',
  'hotlist.edit',
  'report.run',
  'hierarchy.read',
  'hierarchy.manage',
  'audit.read',
  'changes.read',
  'favorite.edit',
  'customer.merge',
  'timeClock.assign',
  'social.share',
  'customer.multiplierCodes',
] as const;

/**
 * A permission a security role can grant.
 * @category Records
 */
export const Permission = z.enum(permissions, worded);
/**
 * A permission a security role can grant.
 * @category Records
 */
export type Permission = z.infer<typeof Permission>;

/**
 * A security role: a named set of permissions (`standardRoles.salesRep`, or a host's own).
 * @category Records
 */
export const SecurityRole = z.object(
  {
    name: z.string(worded).trim().min(1).max(60),
    permissions: z.array(Permission, worded),
  },
  // A role given by its name ('salesRep') is told what to give instead; other issues keep staffcore's wording.
  { error: (issue) => (issue.code === 'invalid_type' && issue.input !== undefined ? messages.notARole : issueMessage(issue)) },
);
/**
 * A security role.
 * @category Records
 */
export type SecurityRole = z.infer<typeof SecurityRole>;
