import type * as z from 'zod';
import type { ReportColumn, ReportRow } from './ReportColumn.js';
import type { ReportContext } from './ReportContext.js';
import type { CustomFieldSet } from '../rules/customFields.js';

/**
 * One report: its name, the zod schema of its parameters, its columns and the function producing
 * its rows. A report whose parameters include `customerId` is a customer report: it is offered
 * from a record with the Customer ID filled in (`reports.forCustomer`).
 * @category Reports
 */
export interface ReportDefinition<S extends z.ZodType = z.ZodType, Row extends ReportRow = ReportRow> {
  /** The stable name it is run by (`customer.financialSummary`); letters, digits, `.`, `-` and `_`. */
  readonly name: string;
  /** The title a person reads. */
  readonly title: string;
  /** What it shows, in a sentence. */
  readonly description: string;
  /** The schema of its parameters (a strict object: unknown keys are refused). */
  readonly params: S;
  /** Its columns, in output order. */
  readonly columns: readonly ReportColumn[];
  /**
   * The columns it adds after `columns` from the instance's custom fields (see
   * {@link customFieldColumns}), for a report whose rows carry custom values. What a report
   * outputs is `columns`, then these: the header `reports.csv` writes and the columns
   * `reports.run` and `reports.forCustomer` name. None when left out.
   * @param customFields - the instance's custom fields
   * @returns the columns to add, in output order
   */
  readonly customColumns?: (customFields: CustomFieldSet) => readonly ReportColumn[];
  /**
   * Produces the rows, one at a time, reading through the context.
   * @param context - the transaction's repositories, the actor and the scope
   * @param params - the parsed parameters
   * @returns the rows
   */
  readonly run: (context: ReportContext, params: z.output<S>) => AsyncIterable<Row>;
}

/**
 * Declares a report (see {@link ReportDefinition}); the types of its parameters and rows follow
 * from the schema and the run function. A host registers its own with `createStaffcore({ reports })`.
 *
 * @param definition - the report
 * @returns the same definition, frozen
 * @example
 * ```ts
 * const worksites = defineReport({
 *   name: 'host.worksites',
 *   title: 'Worksites',
 *   description: "A record's worksites.",
 *   params: z.strictObject({ customerId: CustomerId }),
 *   columns: [{ key: 'name', label: 'Worksite', type: 'text' }],
 *   async *run(context, params) {
 *     await context.customer(params.customerId, 'customerId');
 *     const page = await context.tx.worksites.find({ where: { customerId: params.customerId } });
 *     for (const worksite of page.items) yield { name: worksite.name };
 *   },
 * });
 * ```
 * @category Reports
 */
export function defineReport<S extends z.ZodType, Row extends ReportRow>(definition: ReportDefinition<S, Row>): ReportDefinition<S, Row> {
  return Object.freeze({ ...definition });
}

/**
 * The parameters of a report, as a caller writes them.
 * @category Reports
 */
export type ParamsOf<D> = D extends ReportDefinition<infer S, ReportRow> ? z.input<S> : never;

/**
 * The row type of a report.
 * @category Reports
 */
export type RowOf<D> = D extends ReportDefinition<z.ZodType, infer Row> ? Row : never;
