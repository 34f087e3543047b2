import * as z from 'zod';
import * as messages from '../errors/messages.js';
import { BranchId, CustomerId, RepId, type Actor, type Address, type Branch, type Customer, type SalesTeamId, type Terms, type WorkerCompCode } from '../model/index.js';

/**
 * Where an effective default came from.
 *
 * - `input`: set on the record by whoever entered it;
 * - `parent`: inherited from the parent customer (a new department takes its parent's);
 * - `branch`: the branch setup of a hierarchy level (`inheritedBy` names the record's own level
 *   when the value came from an ancestor level);
 * - `rep`: the service rep who entered the record (their id, level or sales team);
 * - `none`: no source had a value.
 * @category Rules
 */
export const Provenance = z.discriminatedUnion('source', [
  z
    .strictObject({
      /** Set on the record by whoever entered it. */
      source: z.literal('input'),
      /** Where the value came from, in words ("set on the record"). */
      description: z.string(),
    })
    .readonly(),
  z
    .strictObject({
      /** Inherited from a customer record up the tree. */
      source: z.literal('parent'),
      /** The record it came from. */
      customerId: CustomerId,
      /** Where the value came from, in words ("inherited from parent customer 1042"). */
      description: z.string(),
    })
    .readonly(),
  z
    .strictObject({
      /** The branch setup of a hierarchy level. */
      source: z.literal('branch'),
      /** The level whose setup gave the value. */
      branchId: BranchId,
      /** That level's name. */
      branchName: z.string(),
      /** The record's own level when the value came from an ancestor level; `null` when from its own. */
      inheritedBy: z.string().nullable(),
      /** Where the value came from, in words. */
      description: z.string(),
    })
    .readonly(),
  z
    .strictObject({
      /** The service rep who entered the record. */
      source: z.literal('rep'),
      /** That rep. */
      repId: RepId,
      /** Where the value came from, in words. */
      description: z.string(),
    })
    .readonly(),
  z
    .strictObject({
      /** No source had a value. */
      source: z.literal('none'),
      /** Why there is none, in words. */
      description: z.string(),
    })
    .readonly(),
]);
/**
 * Where an effective default came from (`input`, `parent`, `branch`, `rep` or `none`), with a description.
 * @category Rules
 */
export type Provenance = z.output<typeof Provenance>;

/**
 * The fields of a new customer that are defaulted when the input leaves them out.
 * @category Rules
 */
export interface DefaultedValues {
  readonly branchId: BranchId;
  readonly accountManagerId: RepId;
  readonly salesTeamId: SalesTeamId | null;
  readonly defaultWorkerCompCode: WorkerCompCode | null;
  readonly terms: Terms | null;
  readonly billingAddress: Address | null;
}

/**
 * Where each defaulted field of a new record came from.
 * @category Rules
 */
export const DefaultsProvenance = z
  .strictObject({
    /** The hierarchy level. */
    branchId: Provenance,
    /** The account manager. */
    accountManagerId: Provenance,
    /** The sales team. */
    salesTeamId: Provenance,
    /** The default worker comp code. */
    defaultWorkerCompCode: Provenance,
    /** The terms. */
    terms: Provenance,
    /** The billing address. */
    billingAddress: Provenance,
  })
  .readonly();
/**
 * Where each defaulted field of a new record came from.
 * @category Rules
 */
export type DefaultsProvenance = z.output<typeof DefaultsProvenance>;

true satisfies [Exclude<keyof DefaultedValues, keyof DefaultsProvenance> | Exclude<keyof DefaultsProvenance, keyof DefaultedValues>] extends [never] ? true : false;

/**
 * The effective defaults of a new record and where each came from.
 * @category Rules
 */
export interface ResolvedDefaults {
  /** The effective values. */
  readonly values: DefaultedValues;
  /** Where each value came from. */
  readonly provenance: DefaultsProvenance;
}

/**
 * What {@link resolveCustomerDefaults} works from.
 * @category Rules
 */
export interface DefaultsSources {
  /** What was entered; `undefined` fields are defaulted. */
  readonly input: { readonly [K in keyof DefaultedValues]?: DefaultedValues[K] | undefined };
  /** The service rep entering the record. */
  readonly actor: Pick<Actor, 'id' | 'name' | 'branchId' | 'salesTeamId'>;
  /**
   * The branch chain of a level, nearest first, up to the root. Called with the record's
   * effective branch, so the worker comp and terms come from the right setup.
   */
  readonly branchChain: (branchId: BranchId) => readonly Branch[];
  /** The parent record when adding a department, else `null`. */
  readonly parent: Customer | null;
}

const fromInput: Provenance = { source: 'input', description: messages.setOnRecord };
const none: Provenance = { source: 'none', description: messages.noDefault };

/**
 * Works out the defaults of a new customer record (SPEC §2.2): explicit input wins; a department
 * takes its parent's branch, account manager, sales team, worker comp, terms and billing address;
 * otherwise the account manager is the rep, the branch is the rep's current level, the sales team
 * is the rep's own, and worker comp and terms come from the branch setup, inherited from the
 * nearest ancestor level that has one.
 *
 * @param sources - the input, the rep, the hierarchy and the parent record
 * @returns the effective values, each with its provenance
 * @example
 * ```ts
 * import { Branch, BranchHierarchy, RepId, resolveCustomerDefaults } from 'staffcore';
 *
 * const midwest = Branch.parse({ id: '1', version: 1, name: 'Midwest', parentId: null, kind: 'region', setup: { defaultWorkerCompCode: '8742' } });
 * const minneapolis = Branch.parse({ id: '2', version: 1, name: 'Minneapolis', parentId: '1', kind: 'branch', setup: {} });
 * const hierarchy = BranchHierarchy.from([midwest, minneapolis]);
 *
 * const { values, provenance } = resolveCustomerDefaults({
 *   input: {},
 *   actor: { id: RepId.parse('dana'), name: 'Dana', branchId: minneapolis.id, salesTeamId: null },
 *   branchChain: (id) => hierarchy.chain(id),
 *   parent: null,
 * });
 * values.defaultWorkerCompCode //=> '8742'
 * provenance.defaultWorkerCompCode.description //=> 'branch Midwest setup (inherited by Minneapolis)'
 * ```
 * @category Rules
 */
export function resolveCustomerDefaults(sources: DefaultsSources): ResolvedDefaults {
  const { input, actor, parent } = sources;
  const fromParent: Provenance | null = parent
    ? { source: 'parent', customerId: parent.id, description: messages.inheritedFromParent(parent.id) }
    : null;

  const pick = <K extends keyof DefaultedValues>(
    field: K,
    fallback: () => [DefaultedValues[K], Provenance],
  ): [DefaultedValues[K], Provenance] => {
    const entered = input[field];
    if (entered !== undefined) return [entered as DefaultedValues[K], fromInput];
    if (parent && fromParent && parent[field as keyof Customer] !== null) {
      return [parent[field as keyof Customer] as DefaultedValues[K], fromParent];
    }
    return fallback();
  };

  const rep = (description: string): Provenance => ({ source: 'rep', repId: actor.id, description });
  const [branchId, branchFrom] = pick('branchId', () => [actor.branchId, rep(messages.fromRepLevel)]);
  const chain = sources.branchChain(branchId);
  const fromSetup = <T>(read: (branch: Branch) => T | null): [T | null, Provenance] => {
    const own = chain[0];
    for (const level of chain) {
      const value = read(level);
      if (value === null) continue;
      const inherited = own !== undefined && level.id !== own.id;
      return [
        value,
        {
          source: 'branch',
          branchId: level.id,
          branchName: level.name,
          inheritedBy: inherited ? own.name : null,
          description: messages.fromBranchSetup(level.name, inherited ? own.name : null),
        },
      ];
    }
    return [null, none];
  };

  const [accountManagerId, accountManagerFrom] = pick('accountManagerId', () => [actor.id, rep(messages.fromRepEntering)]);
  const [salesTeamId, salesTeamFrom] = pick('salesTeamId', () =>
    actor.salesTeamId === null ? [null, none] : [actor.salesTeamId, rep(messages.fromRepSettings)],
  );
  const [defaultWorkerCompCode, workerCompFrom] = pick('defaultWorkerCompCode', () =>
    fromSetup((branch) => branch.setup.defaultWorkerCompCode),
  );
  const [terms, termsFrom] = pick('terms', () => fromSetup((branch) => branch.setup.defaultTerms));
  const [billingAddress, billingFrom] = pick('billingAddress', () => [null, none]);

  return {
    values: { branchId, accountManagerId, salesTeamId, defaultWorkerCompCode, terms, billingAddress },
    provenance: {
      branchId: branchFrom,
      accountManagerId: accountManagerFrom,
      salesTeamId: salesTeamFrom,
      defaultWorkerCompCode: workerCompFrom,
      terms: termsFrom,
      billingAddress: billingFrom,
    },
  };
}
