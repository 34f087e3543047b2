import { customers } from './customers/customers.js';
import { departments } from './departments/departments.js';
import { worksites } from './worksites/worksites.js';
import { orders } from './orders/orders.js';
import { assignments } from './assignments/assignments.js';
import { bars } from './bars/bars.js';
import { invoices } from './invoices/invoices.js';
import { credit } from './credit/credit.js';
import { hierarchy } from './hierarchy/hierarchy.js';
import { audit } from './audit/audit.js';
import { changes } from './changes/changes.js';
import { contacts } from './contacts/contacts.js';
import { messageActions } from './messages/messageActions.js';
import { tasks } from './tasks/tasks.js';
import { hotlists } from './hotlists/hotlists.js';
import { favorites } from './favorites/favorites.js';
import { timeClocks } from './timeClocks/timeClocks.js';
import { social } from './social/social.js';
import { reports } from './reports/reports.js';
import { customFields } from './customFields/customFields.js';

/**
 * Every action group at once, for a host that wants them all:
 * `createStaffcore({ store, actor, actions: allActions })`. A host that uses a few groups imports
 * those instead (`actions: { customers, orders }`), and its bundle carries only them.
 * @category Start here
 */
export const allActions = Object.freeze({ customers, departments, worksites, orders, assignments, bars, invoices, credit, hierarchy, audit, changes, contacts, messages: messageActions, tasks, hotlists, favorites, timeClocks, social, reports, customFields });

/**
 * Every action group, by name: the type of {@link allActions}.
 * @category Start here
 */
export type AllActions = typeof allActions;
