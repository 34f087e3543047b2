import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import type { Report } from './Report.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { Report } from './Report.js';

/** The report formats of `staffcore check`, by name. */
export const formatters = { stylish, json, sarif, junit, github } as const satisfies Record<string, (report: Report) => string>;
/** A report format's name. */
export type FormatName = keyof typeof formatters;
