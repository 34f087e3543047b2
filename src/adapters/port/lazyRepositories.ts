import { StaffcoreError } from '../../errors/index.js';
import * as messages from '../../errors/messages.js';
import { entityNames, type EntityName } from './entities.js';
import type { Financials } from './Financials.js';
import type { AuditLog, Repositories } from './Repository.js';

const writeMethods = new Set(['insert', 'insertMany', 'update', 'updateMany', 'remove', 'append']);

/** A repository whose write methods refuse with `STORE`: what read-only work is handed. */
function readOnly<T extends object>(name: string, repository: T): T {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !writeMethods.has(property) || typeof value !== 'function') return value;
      const operation = `${name}.${property}`;
      return () => Promise.reject(new StaffcoreError('STORE', messages.readOnlyWrite(operation), { details: { operation } }));
    },
  });
}

/**
 * The repositories of one transaction, each made on first use: most transactions touch two or
 * three of the thirteen, and making them all for every transaction costs more than the work.
 * @param make - makes one entity's repository
 * @param audit - the transaction's audit log
 * @param options - `readOnly`: every write method refuses with `STORE`
 * @param financials - the store's aggregate queries, when it has them
 * @returns the repositories
 */
export function lazyRepositories(
  make: (entity: EntityName) => unknown,
  audit: AuditLog,
  options: { readonly readOnly?: boolean } = {},
  financials?: Financials,
): Repositories {
  const guard = <T extends object>(name: string, repository: T): T => (options.readOnly ? readOnly(name, repository) : repository);
  const made = new Map<EntityName, unknown>();
  const repositories: Record<string, unknown> = { audit: guard('audit', audit) };
  if (financials) repositories['financials'] = financials;
  for (const entity of entityNames) {
    Object.defineProperty(repositories, entity, {
      enumerable: true,
      get() {
        let repository = made.get(entity);
        if (repository === undefined) made.set(entity, (repository = guard(entity, make(entity) as object)));
        return repository;
      },
    });
  }
  return repositories as unknown as Repositories;
}
