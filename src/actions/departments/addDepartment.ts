import type * as z from 'zod';
import { AddDepartmentInput } from '../../model/index.js';
import { AddCustomerResult, addCustomer } from '../customers/addCustomer.js';
import { defineAction } from '../_internal/defineAction.js';

/**
 * What `departments.add` produced: the department, its first worksite, its defaults and likely duplicates.
 * @category Action results
 */
export const AddDepartmentResult = AddCustomerResult;
/**
 * What `departments.add` produced.
 * @category Action results
 */
export type AddDepartmentResult = z.output<typeof AddDepartmentResult>;

/**
 * The `departments.add` action; its documentation is on the `add` member of its group (`departments.ts`), where editors and the reference show it.
 * @category Action results
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
