import * as messages from '../../../errors/messages.js';
import { customValuesLimit, exceedsCustomValuesLimit, type CustomValues } from '../../../model/customValues.js';
import { defineCheckRule } from '../CheckRule.js';
import { customValuesVisitor } from './customValuesVisitor.js';


/**
 * `custom-field`: a record's custom value that its declaration (`customFields` in
 * `staffcore.config.json`) does not accept, or a required declared field with no value.
 * @category Check
 */
export const customFieldRule = defineCheckRule({
  id: 'custom-field',
  name: 'InvalidCustomField',
  defaultSeverity: 'error',
  description: 'A custom value is not valid for its declared field, or a required custom field has no value',
  help: 'Custom fields are declared by kind of record (`customFields` in `staffcore.config.json`: a JSON Schema, or a module with the declaration given to `createStaffcore`); each value under `custom` is checked with its field\'s schema, as `customers.add` would. Fix the value in the export, or change the declaration. A CSV is checked on the `custom.<field>` columns it has.',
  structural: false,
  create: (context) =>
    customValuesVisitor(({ entity, custom, recordId, location, hasColumn }) => {
      if (custom === null) {
        context.report(messages.checkField('custom', messages.expected(messages.anObject)), recordId, ['custom'], location);
        return;
      }
      const declared = context.customFields.of(entity);
      if (declared.fields.length > 0) {
        for (const { field, problem, message } of declared.problems(custom as CustomValues)) {
          if (problem === 'retired' || (problem === 'missing' && !hasColumn(field))) continue;
          context.report(messages.checkField(`custom.${field}`, message), recordId, ['custom', field], location);
        }
      }
      if (exceedsCustomValuesLimit(custom)) context.report(messages.checkField('custom', messages.customValuesTooLarge(customValuesLimit)), recordId, ['custom'], location);
    }),
});
