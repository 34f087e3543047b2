import { entityNames, type EntityName } from '../port/entities.js';
import type { AuditLog, Repositories } from '../port/Repository.js';

/**
 * The repositories of one transaction, each made on first use: most transactions touch two or
 * three of the thirteen, and making them all for every transaction costs more than the work.
 * @param make - makes one entity's repository
 * @param audit - the transaction's audit log
 * @returns the repositories
 */
export function lazyRepositories(make: (entity: EntityName) => unknown, audit: AuditLog): Repositories {
  const made = new Map<EntityName, unknown>();
  const repositories: Record<string, unknown> = { audit };
  for (const entity of entityNames) {
    Object.defineProperty(repositories, entity, {
      enumerable: true,
      get() {
        let repository = made.get(entity);
        if (repository === undefined) made.set(entity, (repository = make(entity)));
        return repository;
      },
    });
  }
  return repositories as unknown as Repositories;
}
