// A TypeDoc plugin of this repository: an action's page shows its type as
// `ActionDefinition<"customers.add", AddCustomerInput, AddCustomerResult>` — the input schema by
// name, linked — rather than the whole zod type of its input spelled out, which buries the action's
// documentation under a page of ZodOptional<ZodObject<…>>.
import { Converter, ReferenceType, ReflectionKind, TypeScript as ts } from 'typedoc';

/** The name of the input schema an action is declared with: `input: AddCustomerInput` in `defineAction({ … })`. */
function inputSchemaName(checker, symbol) {
  const member = symbol?.declarations?.[0];
  if (!member) return undefined;
  const value = ts.isShorthandPropertyAssignment(member) ? member.name : ts.isPropertyAssignment(member) ? member.initializer : undefined;
  if (!value || !ts.isIdentifier(value)) return undefined;
  let target = checker.getSymbolAtLocation(value);
  if (target && target.flags & ts.SymbolFlags.Alias) target = checker.getAliasedSymbol(target);
  const declaration = target?.declarations?.[0];
  const call = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  const definition = call && ts.isCallExpression(call) ? call.arguments[0] : undefined;
  if (!definition || !ts.isObjectLiteralExpression(definition)) return undefined;
  const input = definition.properties.find((property) => property.name?.getText() === 'input');
  if (!input) return undefined;
  const expression = ts.isPropertyAssignment(input) ? input.initializer : input.name;
  return ts.isIdentifier(expression) ? expression.text : undefined;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  const inputs = new Map();
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Variable) || !reflection.parent?.kindOf(ReflectionKind.Namespace)) return;
    const name = inputSchemaName(context.checker, context.getSymbolFromReflection(reflection));
    if (name) inputs.set(reflection, name);
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const [reflection, name] of inputs) {
      const type = reflection.type;
      if (type?.type !== 'reference' || type.name !== 'ActionDefinition' || !type.typeArguments?.[1]) continue;
      const schema = project.getReflectionsByKind(ReflectionKind.Variable).find((candidate) => candidate.name === name && candidate.parent === project.children?.find((module) => module.name === 'staffcore'));
      if (!schema) continue;
      type.typeArguments[1] = ReferenceType.createResolvedReference(name, schema, project);
    }
  });
}
