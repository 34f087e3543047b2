import {
  entities,
  entityNames,
  type AuditLog,
  type CustomerRepository,
  type EntityName,
  type Financials,
  type LineTotalsQuery,
  type ReceivablesQuery,
  type Page,
  type Query,
  type Repositories,
  type Repository,
  type Where,
  type WhereValue,
} from '../../adapters/port/index.js';
import { StaffcoreError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import type { AuditEvent, Customer } from '../../model/index.js';

/** Whether the records of an entity belong to a customer (carry an indexed `customerId`). */
const ownedByCustomer = (entity: EntityName): boolean => (entities[entity].indexed as readonly string[]).includes('customerId');

const asList = (value: WhereValue): readonly (string | null)[] => (Array.isArray(value) ? value : [value as string | null]);

/**
 * The repositories a report reads through: the transaction's own, seen from the actor's scope. A
 * customer record outside the scope reads as missing (`get` gives `null`, lists leave it out), and
 * so does everything a customer owns (worksites, orders, invoices, …) when its customer lies
 * outside. Searches are narrowed to the scope's branches, aggregates to its records. The audit trail
 * of a record outside the scope is empty, and the change feed, which spans every branch, is refused.
 * A report author reads through `context.tx` and cannot show what the actor may not see.
 *
 * @param tx - the transaction's repositories
 * @param scope - the branches the actor may see
 * @returns the scoped repositories
 * @category Reports
 */
export function scopedRepositories(tx: Repositories, scope: ReadonlySet<string>): Repositories {
  const visible = new Map<string, boolean>();
  const visibleIds = async (ids: readonly (string | null)[]): Promise<Set<string>> => {
    const unknown = [...new Set(ids.filter((id): id is string => id !== null && !visible.has(id)))];
    if (unknown.length > 0) {
      const found = await tx.customers.getMany(unknown);
      for (const id of unknown) visible.set(id, false);
      for (const customer of found) visible.set(customer.id, scope.has(customer.branchId));
    }
    return new Set(ids.filter((id): id is string => id !== null && visible.get(id) === true));
  };
  const inScope = (customer: Customer): boolean => {
    visible.set(customer.id, scope.has(customer.branchId));
    return scope.has(customer.branchId);
  };

  const customers: CustomerRepository = {
    ...tx.customers,
    get: async (id) => {
      const found = await tx.customers.get(id);
      return found && inScope(found) ? found : null;
    },
    getMany: async (ids) => (await tx.customers.getMany(ids)).filter(inScope),
    find: async (query) => narrowPage(await tx.customers.find(query), async (items) => items.filter(inScope)),
    count: (where) => countVisible((after) => tx.customers.find({ ...(where ? { where } : {}), limit: 10_000, after }), async (items) => items.filter(inScope)),
    subtree: async (id) => (await tx.customers.subtree(id)).filter(inScope),
    ancestors: async (id) => (await tx.customers.ancestors(id)).filter(inScope),
    search: (search) => tx.customers.search({ ...search, branchIds: narrowBranches(search.branchIds, scope) }),
    similarNames: (query) => tx.customers.similarNames({ ...query, branchIds: narrowBranches(query.branchIds, scope) }),
    insert: (draft) => tx.customers.insert(draft),
    insertMany: (drafts) => tx.customers.insertMany(drafts),
    update: (record) => tx.customers.update(record),
    updateMany: (records) => tx.customers.updateMany(records),
  };

  const owned = <E extends EntityName>(repository: Repository<E>): Repository<E> => {
    type Row = { readonly customerId: string };
    const keep = async <T>(items: readonly T[]): Promise<T[]> => {
      const shown = await visibleIds(items.map((item) => (item as Row).customerId));
      return items.filter((item) => shown.has((item as Row).customerId));
    };
    // A filter naming customers is narrowed to those in scope, so the store still pages by its index.
    const narrowWhere = async (where: Where<E> | undefined): Promise<Where<E> | null | undefined> => {
      const named = (where as Record<string, WhereValue> | undefined)?.customerId;
      if (named === undefined) return where;
      const shown = await visibleIds(asList(named));
      const kept = asList(named).filter((id) => id !== null && shown.has(id));
      return kept.length === 0 ? null : ({ ...where, customerId: kept } as Where<E>);
    };
    return {
      ...repository,
      get: async (id) => {
        const found = await repository.get(id);
        return found && (await keep([found])).length === 1 ? found : null;
      },
      getMany: async (ids) => keep(await repository.getMany(ids)),
      find: async (query: Query<E> = {}) => {
        const where = await narrowWhere(query.where);
        if (where === null) return { items: [], next: null };
        const page = await repository.find({ ...query, ...(where ? { where } : {}) });
        return query.where && 'customerId' in query.where ? page : narrowPage(page, keep);
      },
      count: async (where) => {
        const narrowed = await narrowWhere(where);
        if (narrowed === null) return 0;
        if (narrowed && 'customerId' in narrowed) return repository.count(narrowed);
        return countVisible((after) => repository.find({ ...(narrowed ? { where: narrowed } : {}), limit: 10_000, after }), keep);
      },
      insert: (draft) => repository.insert(draft),
      insertMany: (drafts) => repository.insertMany(drafts),
      update: (record) => repository.update(record),
      updateMany: (records) => repository.updateMany(records),
      remove: (id, version) => repository.remove(id, version),
    };
  };

  const audit: AuditLog = {
    append: (events) => tx.audit.append(events),
    forRecord: async (query) => {
      const ownerOf = async (): Promise<string | null> => {
        if (query.entity === 'customers') return query.recordId;
        if (!ownedByCustomer(query.entity)) return null;
        const record = (await (tx[query.entity] as Repository<EntityName>).get(query.recordId)) as { customerId?: string } | null;
        return record?.customerId ?? '';
      };
      const owner = await ownerOf();
      if (owner !== null && !(await visibleIds([owner])).has(owner)) return { items: [] as AuditEvent[], next: null };
      return tx.audit.forRecord(query);
    },
    since: () => {
      throw new StaffcoreError('FORBIDDEN', messages.reportReadsFeed, { details: { permission: 'changes.read' } });
    },
  };

  const financials: Financials | undefined = tx.financials && {
    lineTotals: async (query) => tx.financials!.lineTotals(await narrowFinancial(query)),
    receivables: async (query) => tx.financials!.receivables(await narrowFinancial(query)),
  };
  async function narrowFinancial<Q extends LineTotalsQuery | ReceivablesQuery>(query: Q): Promise<Q> {
    const shown = await visibleIds(query.members.map((member) => member.customerId));
    const members = query.members.filter((member) => shown.has(member.customerId));
    const subtree = query.subtree ? { ...query.subtree, branchIds: query.subtree.branchIds.filter((id) => scope.has(id)) } : query.subtree;
    return { ...query, members, ...(subtree === undefined ? {} : { subtree }) };
  }

  const scoped: Record<string, unknown> = { ...tx, customers, audit };
  if (financials) scoped.financials = financials;
  for (const entity of entityNames) {
    if (entity !== 'customers' && ownedByCustomer(entity)) scoped[entity] = owned(tx[entity] as Repository<EntityName>);
  }
  return scoped as Repositories;
}

function narrowBranches(asked: readonly string[] | undefined, scope: ReadonlySet<string>): string[] {
  return asked === undefined ? [...scope] : asked.filter((id) => scope.has(id));
}

async function narrowPage<T>(page: Page<T>, keep: (items: readonly T[]) => Promise<T[]>): Promise<Page<T>> {
  return { items: await keep(page.items), next: page.next };
}

async function countVisible<T>(read: (after: string | null) => Promise<Page<T>>, keep: (items: readonly T[]) => Promise<T[]>): Promise<number> {
  let total = 0;
  let after: string | null = null;
  do {
    const page: Page<T> = await read(after);
    total += (await keep(page.items)).length;
    after = page.next;
  } while (after !== null);
  return total;
}
