import * as z from 'zod';
import { fieldError, parseOptions, validationError } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import { StatusCode, StatusDefinition, type StatusDefinitionInput } from '../model/index.js';

/**
 * An organization's list of customer statuses, each flagged for what it allows, and the status
 * every new record starts with.
 * @category Rules
 */
export interface StatusCatalog {
  /** The statuses, in display order. */
  readonly statuses: readonly StatusDefinition[];
  /** The status every new record starts with (`P` in the default catalog). */
  readonly initial: string;
}

/**
 * The default statuses written out with every field, so the default catalog below needs no
 * parsing at load and a bundle that only looks statuses up carries no zod. A test checks that
 * `createStatusCatalog(defaultStatuses, 'P')` gives exactly these.
 */
const defaultDefinitions = [
  {
    code: 'P',
    name: 'Prospect',
    meaning: 'Not yet done business with; being contacted',
    allowsOrders: true,
    allowsAssignments: true,
    inActiveSearches: true,
    isActive: true,
    isDeletion: false,
  },
  {
    code: 'A',
    name: 'Active',
    meaning: 'Currently working with and sending employees to',
    allowsOrders: true,
    allowsAssignments: true,
    inActiveSearches: true,
    isActive: true,
    isDeletion: false,
  },
  {
    code: 'H',
    name: 'Hold for credit check',
    meaning: 'A credit check is under way',
    allowsOrders: false,
    allowsAssignments: false,
    inActiveSearches: true,
    isActive: false,
    isDeletion: false,
  },
  {
    code: 'I',
    name: 'Inactive',
    meaning: 'Worked with in the past; kept but hidden from active searches',
    allowsOrders: true,
    allowsAssignments: true,
    inActiveSearches: false,
    isActive: false,
    isDeletion: false,
  },
  {
    code: 'X',
    name: 'Deleted / mistakenly entered',
    meaning: 'Added by mistake or a duplicate',
    allowsOrders: false,
    allowsAssignments: false,
    inActiveSearches: false,
    isActive: false,
    isDeletion: true,
  },
] satisfies readonly StatusDefinition[];

/**
 * The five statuses of the default catalog, as the articles describe them.
 * @category Rules
 */
export const defaultStatuses: readonly StatusDefinitionInput[] = defaultDefinitions;

/** A frozen catalog over copies of the given (already checked) statuses. */
const catalogOf = (statuses: readonly StatusDefinition[], initial: string): StatusCatalog =>
  Object.freeze({ statuses: Object.freeze(statuses.map((status) => ({ ...status }))), initial });

// Pure, down to the last call, so a bundle that only looks statuses up drops it and zod with it.
const CatalogInput = /* @__PURE__ */ z.object({
  statuses: /* @__PURE__ */ z.array(StatusDefinition).min(1),
  initial: StatusCode,
});

/**
 * Builds and checks an organization's status catalog.
 *
 * @param statuses - the statuses, each flagged for orders, assignments and active searches
 * @param initial - the status new records start with; defaults to the first status
 * @returns the catalog
 * @throws StaffcoreError `VALIDATION` on a malformed status, a repeated code, or an unknown initial status
 * @example
 * ```ts
 * const catalog = createStatusCatalog([
 *   ...defaultStatuses,
 *   { code: 'BID', name: 'Bid', allowsOrders: true, allowsAssignments: false, inActiveSearches: true },
 * ], 'P');
 * ```
 * @category Rules
 */
export function createStatusCatalog(statuses: readonly StatusDefinitionInput[], initial?: string): StatusCatalog {
  const parsed = CatalogInput.safeParse({ statuses, initial: initial ?? statuses[0]?.code }, parseOptions);
  if (!parsed.success) throw validationError(parsed.error, 'status catalog');
  const seen = new Set<string>();
  parsed.data.statuses.forEach((status, index) => {
    if (seen.has(status.code)) {
      throw fieldError('status catalog', ['statuses', index, 'code'], messages.statusRepeated(status.code));
    }
    seen.add(status.code);
  });
  if (!seen.has(parsed.data.initial)) {
    throw fieldError('status catalog', ['initial'], messages.notInCatalog(parsed.data.initial));
  }
  return catalogOf(parsed.data.statuses, parsed.data.initial);
}

/**
 * The default catalog: P, A, H, I, X, starting at P.
 * @category Rules
 */
export const defaultStatusCatalog: StatusCatalog = /* @__PURE__ */ catalogOf(defaultDefinitions, 'P');
