import { addWorksite } from './addWorksite.js';
import { setDefaultWorksite } from './setDefaultWorksite.js';
import { listWorksites } from './listWorksites.js';
import { defineGroup } from '../_internal/defineGroup.js';

/**
 * Worksites of customer records.
 *
 * Give it to {@link createStaffcore} as `actions: { worksites }`: the instance's `worksites.…` calls are these actions.
 * @namespace
 */
export const worksites = defineGroup('worksites', {
  /** Adds a worksite to a customer; the first one becomes the default. */
  add: addWorksite,
  /** Makes one of a customer's worksites its default. */
  setDefault: setDefaultWorksite,
  /** Lists a customer's worksites, by name. */
  list: listWorksites,
});
