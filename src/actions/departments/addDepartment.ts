import type * as z from 'zod';
import { AddDepartmentInput } from '../../model/index.js';
import { AddCustomerResult, addCustomer } from '../customers/addCustomer.js';
import { defineAction } from '../_internal/defineAction.js';

/** What `departments.add` produced: the department, its first worksite, its defaults and likely duplicates. */
export const AddDepartmentResult = AddCustomerResult;
/** What `departments.add` produced. */
export type AddDepartmentResult = z.output<typeof AddDepartmentResult>;

/**
 * `departments.add`: adds a department directly beneath a record. It takes what `customers.add`
 * takes, with `parentId` required, and follows the same rules: the branch, account manager, sales
 * team, worker comp, terms and billing address are inherited from the parent, each with its
 * provenance ("inherited from parent customer 1042"); the record starts with the catalog's
 * initial status. Refuses with `VALIDATION`, `FORBIDDEN`, `NOT_FOUND` (a parent outside the rep's
 * scope), `STATUS_BLOCKED` (a deleted parent), `STANDARDIZATION_REQUIRED`.
 */
export const addDepartment = defineAction({
  name: 'departments.add',
  summary: 'Adds a department directly beneath a record, inheriting its defaults with their provenance.',
  input: AddDepartmentInput,
  result: AddDepartmentResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'STANDARDIZATION_REQUIRED'],
  subject: 'department',
  permission: 'customer.add',
  run: (run, entered): Promise<AddDepartmentResult> => addCustomer.run(run, entered),
});
