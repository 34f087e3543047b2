import type * as z from 'zod';
import {
  Assignment,
  Bar,
  Branch,
  Contact,
  CreditLimit,
  Customer,
  CustomerMove,
  Favorite,
  Hotlist,
  HotlistMember,
  LastSearch,
  TimeClock,
  Invoice,
  InvoiceLine,
  Message,
  MultiplierCodes,
  Order,
  Payment,
  RateChange,
  ServiceRep,
  StatusChange,
  Task,
  Worksite,
} from '../../model/index.js';
import { duplicateKeys } from '../../rules/duplicateKeys.js';

/**
 * How a store holds one kind of record.
 *
 * `indexed` fields (string or null valued) can be filtered on with `find({ where })`; `sortable`
 * fields can order a `find`. A store keeps an index for each, so both stay fast at any size.
 */
export interface EntityDefinition<S extends z.ZodType = z.ZodType> {
  /** The record's zod schema; a store validates every record it writes against it. */
  readonly schema: S;
  /** The name used in messages and errors (`customer`, `worksite`, …). */
  readonly label: string;
  /** Fields with an index, usable in `where`. */
  readonly indexed: readonly string[];
  /** Fields a `find` can order by, besides `id`. */
  readonly sortable: readonly string[];
  /**
   * Index keys worked out from a record rather than stored in it (a customer's duplicate keys).
   * A store computes them on every write and indexes them like `indexed` fields: each key named
   * here is also listed in `indexed`, so `find({ where: { nameKey } })` is an index lookup.
   */
  readonly derived?: DerivedKeys;
  /** A derived key a store also indexes by trigrams, to answer `similarNames` from an index. */
  readonly similar?: string;
  /**
   * `true` when the records' custom values can be searched (`customers.search({ custom })`): a
   * store keeps an index of them (the memory store a map of values to ids, PostgreSQL a GIN index).
   */
  readonly customSearch?: true;
  /**
   * `false` for a rep's working state rather than a business record (the remembered last search):
   * its writes make no audit event and no change-feed event. Every other entity is audited.
   */
  readonly audited?: false;
}

/** Index keys a store works out from each record it writes: their names, and how to compute them. */
export interface DerivedKeys {
  /** The keys' names, each also an `indexed` field. */
  readonly fields: readonly string[];
  /**
   * Computes the keys of one record.
   * @param record - a valid record of the entity
   * @returns each key's value, `null` when the record has nothing to compare on
   */
  readonly of: (record: never) => Readonly<Record<string, string | null>>;
}

const define = <S extends z.ZodType, const I extends readonly string[], const O extends readonly string[]>(
  schema: S,
  label: string,
  indexed: I,
  sortable: O,
  extra: { readonly derived?: DerivedKeys; readonly similar?: string; readonly customSearch?: true; readonly audited?: false } = {},
) => ({ schema, label, indexed, sortable, ...extra }) as const;

/**
 * Every kind of record a store holds, with its schema and indexes. Adapters derive their tables
 * (or maps) from this list, so a new entity is one line here.
 */
export const entities = {
  customers: define(
    Customer,
    'customer',
    ['parentId', 'branchId', 'status', 'accountManagerId', 'duplicateOfId', 'nameKey', 'phoneKey', 'addressKey'],
    ['name'],
    { derived: { fields: ['nameKey', 'phoneKey', 'addressKey'], of: duplicateKeys }, similar: 'nameKey', customSearch: true },
  ),
  worksites: define(Worksite, 'worksite', ['customerId'], ['name']),
  branches: define(Branch, 'branch', ['parentId'], ['name']),
  reps: define(ServiceRep, 'service rep', ['branchId'], ['name']),
  contacts: define(Contact, 'contact', ['customerId'], ['lastName']),
  messages: define(Message, 'message', ['customerId', 'authorId'], ['at']),
  orders: define(Order, 'order', ['customerId', 'state'], ['startDate']),
  assignments: define(Assignment, 'assignment', ['customerId', 'orderId', 'employeeId', 'state'], ['startDate']),
  invoices: define(Invoice, 'invoice', ['customerId', 'state'], ['invoiceDate']),
  tasks: define(Task, 'task', ['customerId', 'assignedToId'], ['title']),
  hotlists: define(Hotlist, 'hotlist', ['ownerId'], ['name']),
  favorites: define(Favorite, 'favorite', ['repId', 'customerId'], ['createdAt']),
  statusChanges: define(StatusChange, 'status change', ['customerId'], ['at']),
  customerMoves: define(CustomerMove, 'customer move', ['customerId', 'fromParentId'], ['at']),
  bars: define(Bar, 'do-not-assign bar', ['customerId', 'employeeId', 'state'], ['createdAt']),
  invoiceLines: define(InvoiceLine, 'invoice line', ['invoiceId', 'customerId', 'assignmentId'], ['invoiceDate']),
  payments: define(Payment, 'payment', ['invoiceId', 'customerId'], ['receivedOn']),
  creditLimits: define(CreditLimit, 'credit limit', ['customerId'], []),
  hotlistMembers: define(HotlistMember, 'hotlist member', ['hotlistId', 'customerId'], ['addedAt']),
  lastSearches: define(LastSearch, 'last search', ['repId'], [], { audited: false }),
  timeClocks: define(TimeClock, 'time clock', ['customerId', 'deviceId'], ['assignedAt']),
  rateChanges: define(RateChange, 'rate change', ['assignmentId', 'customerId'], ['at']),
  multiplierCodes: define(MultiplierCodes, 'multiplier codes', ['customerId'], []),
} as const satisfies Record<string, EntityDefinition>;

/**
 * The values a store indexes for a record: each `indexed` field's value as text, derived keys
 * included; `null` for a missing value.
 * @param entity - the kind of record
 * @param record - a valid record of that kind
 * @returns the values by field
 */
export function indexedValues(entity: EntityName, record: Readonly<Record<string, unknown>>): Readonly<Record<string, string | null>> {
  const definition: EntityDefinition = entities[entity];
  const derived = definition.derived?.of(record as never);
  const values: Record<string, string | null> = {};
  for (const field of definition.indexed) {
    const value = derived && field in derived ? derived[field] : record[field];
    values[field] = value === null || value === undefined ? null : String(value);
  }
  return values;
}

/**
 * Whether writes of an entity are business writes, recorded in the audit trail and the change feed.
 * @param entity - the kind of record
 * @returns `false` only for working state such as the remembered last search
 */
export function isAudited(entity: EntityName): boolean {
  return (entities[entity] as EntityDefinition).audited !== false;
}

/** The name of a kind of record a store holds (`customers`, `worksites`, …). */
export type EntityName = keyof typeof entities;

/** The list of every entity name, in a stable order. */
export const entityNames = Object.keys(entities) as EntityName[];

/** The record type of an entity, e.g. `RecordOf<'customers'>` is `Customer`. */
export type RecordOf<E extends EntityName> = z.output<(typeof entities)[E]['schema']>;

/** The fields of an entity that `where` can filter on. */
export type IndexedField<E extends EntityName> = (typeof entities)[E]['indexed'][number];

/** The fields of an entity that a `find` can order by. */
export type SortField<E extends EntityName> = (typeof entities)[E]['sortable'][number] | 'id';
