import * as z from 'zod';
import { defineReport } from '../defineReport.js';
import { eachOf } from '../../adapters/port/readAll.js';
import { customerReportFields } from './customerFields.js';

/**
 * A row of the visifile: a record's basic information, then its communications, newest first.
 * @category Reports
 */
export interface VisifileRow {
  readonly [key: string]: string | null;
  /** `record` for the basic information, `message` for a logged communication. */
  readonly kind: 'record' | 'message';
  readonly customerId: string;
  readonly customerName: string;
  readonly status: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  /** When the communication took place. */
  readonly at: string | null;
  /** How (`phone`, `email`, …). */
  readonly method: string | null;
  /** Who logged it. */
  readonly authorId: string | null;
  /** The contact it was with, if any. */
  readonly contactId: string | null;
  readonly text: string | null;
}

/**
 * `customer.visifile`: the basic information of a record (or of each record of its subtree or
 * whole tree, parents first), each followed by its communication history, newest first.
 * @category Reports
 */
export const visifile = defineReport({
  name: 'customer.visifile',
  title: 'Visifile',
  description: 'Basic information and the communication history (logged messages), newest first.',
  params: z.strictObject(customerReportFields),
  columns: [
    { key: 'kind', label: 'Row', type: 'text' },
    { key: 'customerId', label: 'Customer ID', type: 'text' },
    { key: 'customerName', label: 'Customer', type: 'text' },
    { key: 'status', label: 'Status', type: 'text' },
    { key: 'phone', label: 'Phone', type: 'text' },
    { key: 'email', label: 'E-mail', type: 'text' },
    { key: 'at', label: 'When', type: 'text' },
    { key: 'method', label: 'Method', type: 'text' },
    { key: 'authorId', label: 'Author', type: 'text' },
    { key: 'contactId', label: 'Contact', type: 'text' },
    { key: 'text', label: 'Text', type: 'text' },
  ],
  async *run(context, params): AsyncGenerator<VisifileRow> {
    const record = await context.customer(params.customerId, 'customerId');
    for (const customer of await context.recordsInScope(record, params.scope)) {
      const about = { customerId: customer.id, customerName: customer.name };
      yield { kind: 'record', ...about, status: customer.status, phone: customer.phone, email: customer.email, at: null, method: null, authorId: null, contactId: null, text: null };
      const where = { customerId: customer.id };
      for await (const message of eachOf((after) => context.tx.messages.find({ where, orderBy: 'at', direction: 'desc', limit: 1000, after }))) {
        yield { kind: 'message', ...about, status: null, phone: null, email: null, at: message.at, method: message.method, authorId: message.authorId, contactId: message.contactId, text: message.text };
      }
    }
  },
});
