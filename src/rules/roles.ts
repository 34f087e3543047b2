import { permissions, type SecurityRole } from '../model/index.js';

/**
 * Ready-made security roles a host may hand its reps, or use as a model for its own.
 *
 * - `administrator`: every permission.
 * - `salesRep`: read, add and edit customers, change statuses, worksites, contacts, messages, orders (create and close), assignments, do-not-assign bars, tasks, hotlists, reports; read the hierarchy and the audit trail; favorites, time clocks and social posts.
 * - `billing`: read customers; create invoices (zero-dollar ones too), record payments, set credit limits and override a credit block; reports, the hierarchy and the audit trail; favorites.
 * - `readOnly`: read customers, the hierarchy and the audit trail, and run reports.
 *
 * Reading the change feed of every write (`changes.read`) is for integrations, and merging duplicates
 * (`customer.merge`) rewrites a whole record's history: only `administrator` has them.
 * @category Rules
 */
export const standardRoles = {
  administrator: { name: 'Administrator', permissions: [...permissions] },
  salesRep: {
    name: 'Sales rep',
    permissions: [
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
      'task.edit',
      'hotlist.edit',
      'report.run',
      'hierarchy.read',
      'audit.read',
      'favorite.edit',
      'timeClock.assign',
      'social.share',
    ],
  },
  billing: {
    name: 'Billing',
    permissions: [
      'customer.read',
      'invoice.create',
      'invoice.zeroDollar',
      'invoice.payment',
      'credit.manage',
      'credit.override',
      'report.run',
      'hierarchy.read',
      'audit.read',
      'favorite.edit',
    ],
  },
  readOnly: { name: 'Read only', permissions: ['customer.read', 'report.run', 'hierarchy.read', 'audit.read'] },
} as const satisfies Record<string, SecurityRole>;
