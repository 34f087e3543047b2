import type { ActionDefinition } from './defineAction.js';

/**
 * The actions of one group, keyed by their short name: each action's public name is the group's
 * name, a dot, and its key (`customers.add` under `add` in `customers`).
 * @category Action results
 */
export type GroupMembers<N extends string, G> = { readonly [K in keyof G]: { readonly name: `${N}.${K & string}` } };

/**
 * Declares a group of actions (`customers`, `orders`, …): checks in the types that every action's
 * public name is the group's name and its key (`createStaffcore` checks it again at run time, for
 * groups a host assembles itself), and freezes the group.
 * @param name - the group's name, the first part of its actions' names
 * @param members - the actions, keyed by the second part of their names
 * @returns the same actions, frozen
 * @category Action results
 */
export function defineGroup<const N extends string, G extends { readonly [action: string]: ActionDefinition }>(name: N, members: G & GroupMembers<N, G>): Readonly<G> {
  void name;
  return Object.freeze(members);
}
