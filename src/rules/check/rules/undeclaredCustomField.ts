import * as messages from '../../../errors/messages.js';
import { customEntities, type CustomEntity } from '../../../model/customValues.js';
import { defineCheckRule } from '../CheckRule.js';
import { customValuesVisitor } from './customValuesVisitor.js';

/**
 * `undeclared-custom-field`: a record has a custom value of a field its declaration does not
 * have (every custom value, when none is declared).
 * @category Check
 */
export const undeclaredCustomFieldRule = defineCheckRule({
  id: 'undeclared-custom-field',
  name: 'UndeclaredCustomField',
  defaultSeverity: 'warn',
  description: 'A record has a custom value of a field the custom-field declaration does not have',
  help: "staffcore keeps a stored value of a field taken out of the declaration (a retired field), but does not check it, and `customers.add` refuses a new one. Declare the field (`customFields` in `staffcore.config.json`), drop the column, or ignore it with `--ignore-field custom.<field>`.",
  structural: false,
  create: (context) => {
    const declared = new Map<CustomEntity, ReadonlySet<string>>(customEntities.map((entity) => [entity, new Set(context.customFields.of(entity).fields.map((info) => info.name))]));
    return customValuesVisitor(({ entity, custom, recordId, location }) => {
      if (custom === null) return;
      const names = declared.get(entity)!;
      for (const key in custom) if (!names.has(key)) context.report(messages.checkUndeclaredCustomField(key, entity), recordId, ['custom', key], location);
    });
  },
});
