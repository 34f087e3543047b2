import type { Customer, CustomerScope } from '../../model/index.js';
import type { Repositories } from './Repository.js';

/**
 * The records a list reads for one record: itself (`account`), itself and its departments
 * (`subtree`), or its whole tree from the root (`master`) — only those within the scope,
 * root first and every record after its parent. Actions and reports both read views through it.
 * @param run - the transaction's repositories (`tx`) and the branches the actor may see (`scope`)
 * @param record - a record the actor may see
 * @param scope - the view
 * @returns the records
 */
export async function recordsInScope(
  run: { readonly tx: Pick<Repositories, 'customers'>; readonly scope: ReadonlySet<string> },
  record: Customer,
  scope: CustomerScope,
): Promise<Customer[]> {
  if (scope === 'account') return [record];
  const top = scope === 'master' ? ((await run.tx.customers.ancestors(record.id)).at(-1) ?? record) : record;
  const tree = await run.tx.customers.subtree(top.id);
  return tree.filter((node) => run.scope.has(node.branchId));
}
