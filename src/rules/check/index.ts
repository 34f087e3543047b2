export { check } from './check.js';
export type { CheckReport } from './check.js';
export { checkEntries } from './checkEntries.js';
export type { CheckOptions, CheckSource } from './checkEntries.js';
export { checkRules } from './checkRules.js';
export type { CheckRule, CheckRuleId } from './checkRules.js';
export type { CheckEntry, CheckFinding, CheckSeverity, RecordLocation, RuleSetting } from './CheckFinding.js';
