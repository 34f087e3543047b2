import * as z from 'zod';
import { CustomerId, HotlistId, RepId } from './ids.js';

/** A named list of customer records a rep works through. */
export const Hotlist = z.object({
  id: HotlistId,
  version: z.number().int().positive(),
  name: z.string().trim().min(1).max(120),
  ownerId: RepId,
  customerIds: z.array(CustomerId),
});
/** A named list of customer records. */
export type Hotlist = z.infer<typeof Hotlist>;
