import type { Store } from '../../adapters/port/index.js';
import type { Actor } from '../../model/index.js';
import type { AddressStandardizer } from '../../rules/addressStandardizer.js';
import type { Integrations } from '../../rules/integrations.js';
import type { Clock } from '../../rules/clock.js';
import type { StatusCatalog } from '../../rules/statusCatalog.js';
import type { ReportDefinition } from '../../reports/defineReport.js';
import type { CustomFieldSet } from '../../rules/customFields.js';

/**
 * What a staffcore instance binds its actions to: the store, the acting rep and the organization's configuration.
 * @category Action results
 */
export interface ActionEnvironment {
  /** Where records are read and written. */
  readonly store: Store;
  /** The service rep acting (parsed and checked). */
  readonly actor: Actor;
  /** Where the time comes from. */
  readonly clock: Clock;
  /** The organization's status catalog. */
  readonly statuses: StatusCatalog;
  /** The host's address standardizer, or `null` when none is plugged in. */
  readonly addressStandardizer: AddressStandardizer | null;
  /** The organization's integrations (time clock, Twitter/X). */
  readonly integrations: Integrations;
  /** The host's own reports, as given (checked by the `reports` actions, which alone run them). */
  readonly reports: readonly ReportDefinition[];
  /** The organization's own fields, checked. */
  readonly customFields: CustomFieldSet;
}
