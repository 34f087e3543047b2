// The view of a record is read the same way by actions and reports: the one definition lives with the port.
export { recordsInScope } from '../../adapters/port/recordsInScope.js';
