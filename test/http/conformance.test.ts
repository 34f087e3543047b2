import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allActions, listActions, standardRoles, type ActionDefinition, type ActorInput } from '../../src/index.js';
import { createHttpHandler, openApiDocument, toNodeListener } from '../../src/http/index.js';
import { clock, upperCaseStandardizer } from '../helpers/agency.js';
import { buildWorkTree, type WorkTree } from '../helpers/workTree.js';

/**
 * Requests generated from the OpenAPI document itself — from each operation's own input schema,
 * valid and mutated — sent to a real node:http server on loopback (a memory store holding a small
 * agency). Every response must be one the document describes: no 5xx, a status the operation
 * lists, the content type it lists for that status, and a body that validates (ajv, JSON Schema
 * 2020-12) against the schema it gives; a problem's `status` is the response's.
 */

/** Requests per operation: valid inputs, then mutated ones. Fixed seed: the same requests every run. */
const validRuns = Number(process.env['STAFFCORE_CONFORMANCE_RUNS'] ?? 5);
const mutatedRuns = validRuns;
const seed = Number(process.env['STAFFCORE_CONFORMANCE_SEED'] ?? 20_261_207);

type Schema = { readonly [keyword: string]: unknown };
type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

const document = JSON.parse(
  JSON.stringify(openApiDocument({ actions: allActions, info: { title: 'staffcore', version: '1.0.0' }, basePath: '/api', securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } })),
) as {
  paths: Record<string, Partial<Record<'get' | 'post', Operation>>>;
  components: { responses: Record<string, Response>; schemas: Record<string, Schema> };
};

interface Parameter {
  readonly name: string;
  readonly required: boolean;
  readonly schema?: Schema;
  readonly content?: { readonly 'application/json': { readonly schema: Schema } };
}
interface Response {
  readonly $ref?: string;
  readonly content?: Record<string, { readonly schema: Schema }>;
}
interface Operation {
  readonly operationId: string;
  readonly 'x-staffcore-action': string;
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content: { readonly 'application/json': { readonly schema: Schema } } };
  readonly responses: Record<string, Response>;
}

/** One operation of the document: its path and method, and the action behind it. */
interface Route {
  readonly path: string;
  readonly method: 'get' | 'post';
  readonly operation: Operation;
  readonly action: ActionDefinition;
  /** The input's schema: the POST body's (a GET's parameters are its top-level fields). */
  readonly input: Schema;
}

const actions = new Map(listActions(allActions).map((action) => [action.name, action]));
const routes: Route[] = Object.entries(document.paths).flatMap(([path, item]) =>
  (['post', 'get'] as const).flatMap((method) => {
    const operation = item[method];
    // The streamed routes (the feed, a report's text) have no call of an action; test/http/handler.test.ts reads them.
    if (!operation || !item.post) return [];
    const action = actions.get(operation['x-staffcore-action'])!;
    const input = (item.post!.requestBody!.content['application/json'].schema) as Schema;
    return [{ path, method, operation, action, input }];
  }),
);

// ---------------------------------------------------------------------------------------------
// Values from a JSON Schema (the keywords zod's conversion writes for the actions' inputs).

/** The ids the server holds, by the field that names them (`customerId`, `hotlistId`, …), fed by every 200. */
const ids = new Map<string, Set<string>>();
const remember = (field: string, id: string) => {
  if (!ids.has(field)) ids.set(field, new Set());
  ids.get(field)!.add(id);
};
/** `customers` → `customerId`, `hotlist` → `hotlistId`. */
const idFieldOf = (noun: string) => `${noun.replace(/ies$/, 'y').replace(/s$/, '')}Id`;

/** Collects the ids of a result: an object's `id` under its key (`customer.id` → `customerId`), and every `…Id` field. */
function harvest(value: unknown, key: string): void {
  if (Array.isArray(value)) return value.forEach((item) => harvest(item, key));
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record['id'] === 'string') remember(idFieldOf(key), record['id']);
  for (const [field, inner] of Object.entries(record)) {
    if ((field.endsWith('Id') || field === 'next') && typeof inner === 'string') remember(field, inner);
    harvest(inner, field === 'items' || field === 'changed' ? key : field);
  }
}

/** The ids worth trying for a field: those of its own kind, or else the customers'. */
function idsFor(field: string, group: string): string[] {
  const own = field === 'id' ? idFieldOf(group) : /^(parent|into|from|duplicateOf|newParent|master)Id$|^(into|from)$/.test(field) ? 'customerId' : field;
  const found = [...(ids.get(own) ?? [])];
  return found.length > 0 ? found : [...(ids.get('customerId') ?? [])];
}

/**
 * What the schemas cannot say (a cursor, digits in a phone number, a decimal amount, a known status
 * or time zone): values of the kind the actions take, tried beside the schema's own.
 */
const money = fc.integer({ min: 0, max: 1_000_000 }).chain((cents) => fc.constantFrom<Json>(cents / 100, (cents / 100).toFixed(2)));
const hints: Readonly<Record<string, fc.Arbitrary<Json>>> = {
  after: fc.constant(null),
  phone: fc.constantFrom('+1 612 555 0100', '(651) 555-0199', '612.555.0142'),
  email: fc.constantFrom('ops@zenith.example', 'billing@acme.example'),
  timeZone: fc.constantFrom('America/Chicago', 'UTC'),
  entity: fc.constantFrom('customers', 'orders', 'contacts'),
  to: fc.constantFrom('P', 'A', 'H', 'I', 'X'),
  payRate: money,
  billRate: money,
  amount: money,
  limit: fc.oneof(fc.integer({ min: 1, max: 50 }), money),
  orderAmount: money,
  estimatedHours: fc.integer({ min: 0, max: 60 }),
  hours: fc.integer({ min: 0, max: 60 }),
};
/** The value a hint gives when the schema takes it, else the schema's own. */
function hinted(field: string, schema: Schema, own: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  const hint = hints[field];
  if (!hint) return own;
  // `after`: a cursor from an earlier page of this kind of list when there is one.
  const cursors = field === 'after' ? [...(ids.get('next') ?? [])] : [];
  const tried = cursors.length > 0 ? fc.oneof(hint, fc.constantFrom(...cursors)) : hint;
  const fitting = fc.sample(tried, { numRuns: 20, seed: 1 }).filter((value) => ajv.validate(schema, value));
  return fitting.length === 0 ? own : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...fitting) }, { weight: 1, arbitrary: own });
}

const idLike = (field: string, schema: Schema) => (field === 'id' || field.endsWith('Id') || field === 'into' || field === 'from') && schema['type'] === 'string';

interface Context {
  readonly group: string;
}

/** An arbitrary of the values a schema accepts (within small sizes), with real ids given a fair chance. */
function valueOf(schema: Schema, context: Context, field = '', depth = 0): fc.Arbitrary<Json> {
  return field in hints && depth > 0 ? hinted(field, schema, schemaValueOf(schema, context, field, depth)) : schemaValueOf(schema, context, field, depth);
}

function schemaValueOf(schema: Schema, context: Context, field: string, depth: number): fc.Arbitrary<Json> {
  if (typeof schema['$ref'] === 'string') {
    const { $ref, ...rest } = schema as Schema & { $ref: string };
    const target = document.components.schemas[$ref.slice('#/components/schemas/'.length)]!;
    return valueOf({ ...target, ...rest }, context, field, depth + 1);
  }
  if ('const' in schema) return fc.constant(schema['const'] as Json);
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as Json[]));
  const anyOf = (schema['anyOf'] ?? schema['oneOf']) as Schema[] | undefined;
  if (anyOf) return fc.oneof(...anyOf.map((member) => valueOf(member, context, field, depth + 1)));
  const type = schema['type'];
  if (Array.isArray(type)) return fc.oneof(...type.map((one: string) => valueOf({ ...schema, type: one }, context, field, depth)));
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const exclusive = typeof schema['exclusiveMinimum'] === 'number' ? schema['exclusiveMinimum'] : undefined;
      const min = typeof schema['minimum'] === 'number' ? schema['minimum'] : exclusive !== undefined ? exclusive + (type === 'integer' ? 1 : 0.01) : -1000;
      const max = Math.min(typeof schema['maximum'] === 'number' ? schema['maximum'] : min + 1000, min + 1000);
      if (field === 'version') return fc.integer({ min: 1, max: 3 });
      return type === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((cents) => cents / 100).filter((n) => n >= min && n <= max);
    }
    case 'string':
      return stringOf(schema, context, field);
    case 'array': {
      const minLength = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
      const maxLength = Math.max(minLength, Math.min(typeof schema['maxItems'] === 'number' ? schema['maxItems'] : 3, 3));
      const items = (schema['items'] ?? {}) as Schema;
      return fc.array(depth > 4 ? fc.constant(null) : valueOf(items, context, field.replace(/s$/, ''), depth + 1), { minLength, maxLength });
    }
    case 'object': {
      const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
      const required = (schema['required'] ?? []) as string[];
      if (Object.keys(properties).length === 0) {
        const additional = schema['additionalProperties'];
        if (additional === false) return fc.constant({});
        return fc.dictionary(fc.stringMatching(/^[a-z][A-Za-z]{0,8}$/), depth > 4 ? fc.constant(null) : valueOf((typeof additional === 'object' ? additional : {}) as Schema, context, '', depth + 1), { maxKeys: 2 });
      }
      const members = Object.fromEntries(Object.entries(properties).map(([name, inner]) => [name, valueOf(inner, context, name, depth + 1)]));
      return fc.record(members, { requiredKeys: required }) as fc.Arbitrary<Json>;
    }
    default:
      // `{}`: any JSON value.
      return fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
  }
}

function stringOf(schema: Schema, context: Context, field: string): fc.Arbitrary<string> {
  const minLength = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
  const maxLength = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : Infinity;
  const fits = (text: string) => [...text].length >= minLength && [...text].length <= maxLength;
  let made: fc.Arbitrary<string>;
  if (schema['format'] === 'date') {
    made = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
  } else if (schema['format'] === 'date-time') {
    made = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
  } else if (typeof schema['pattern'] === 'string') {
    made = fc.stringMatching(new RegExp(schema['pattern'], 'u')).filter(fits);
  } else {
    made = fc.string({ minLength, maxLength: Math.max(minLength, Math.min(maxLength, 24)), unit: 'grapheme' }).filter(fits);
  }
  if (!idLike(field, schema)) return made;
  const known = idsFor(field, context.group);
  return known.length === 0 ? made : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: made });
}

// ---------------------------------------------------------------------------------------------
// Requests: a valid input, or one mutated, sent as the operation takes it.

interface Sent {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly token: string | null;
  readonly contentType?: string;
  readonly body?: string;
  /** How the request was made: `valid`, or the mutation. */
  readonly kind: string;
}

/** A value that is probably of the wrong type for whatever it replaces. */
const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
  fc.constant(''),
  fc.constant('x'.repeat(300)),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ id: 'nope' }),
);

type Path = readonly (string | number)[];

/** Every place in a value: each object's members and each list's items, with the root. */
function placesOf(value: Json, at: Path = []): { readonly path: Path; readonly container: 'object' | 'array' | 'leaf' }[] {
  const here = { path: at, container: Array.isArray(value) ? ('array' as const) : typeof value === 'object' && value !== null ? ('object' as const) : ('leaf' as const) };
  if (Array.isArray(value)) return [here, ...value.flatMap((item, index) => placesOf(item as Json, [...at, index]))];
  if (typeof value === 'object' && value !== null) return [here, ...Object.entries(value).flatMap(([key, inner]) => placesOf(inner, [...at, key]))];
  return [here];
}

/** A copy of `value` with the member at `path` replaced (`undefined`: removed). */
function setAt(value: Json, path: Path, replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value] as Json[];
    if (rest.length === 0 && replacement === undefined) copy.splice(head as number, 1);
    else copy[head as number] = setAt(copy[head as number]!, rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  if (rest.length === 0 && replacement === undefined) delete copy[head as string];
  else copy[head as string] = setAt(copy[head as string]!, rest, replacement);
  return copy;
}
const getAt = (value: Json, path: Path): Json => path.reduce<Json>((inner, key) => (inner as Record<string | number, Json>)[key]!, value);

/**
 * The names an unknown field gets. Not yet those of `Object.prototype` (`constructor`,
 * `__proto__`, `toString`): `fieldErrors` fails on them (see the known defect below).
 */
const unknownNames = ['unknownField', 'id', 'version', 'customerId', 'extra', 'constructor', '__proto__', 'toString'];

type Mutation = 'drop' | 'wrongType' | 'unknownField' | 'notAnObject' | 'notJson' | 'wrongContentType' | 'repeatedParameter' | 'notJsonParameter';
const bodyMutations: readonly Mutation[] = ['drop', 'drop', 'wrongType', 'wrongType', 'wrongType', 'unknownField', 'notAnObject', 'notJson', 'wrongContentType'];
const queryMutations: readonly Mutation[] = ['drop', 'drop', 'wrongType', 'wrongType', 'wrongType', 'unknownField', 'repeatedParameter', 'notJsonParameter'];

/** Who sends it: mostly the administrator (so calls get past FORBIDDEN), a rep, billing, and now and then nobody. */
const tokens = fc.oneof({ weight: 6, arbitrary: fc.constant('ada') }, { weight: 2, arbitrary: fc.constant('dana') }, { weight: 1, arbitrary: fc.constant('bill') }, { weight: 1, arbitrary: fc.constant(null) });

/** The query of a GET: each field by the document's rule (text as it is, anything else JSON-encoded). */
function queryOf(route: Route, input: Record<string, Json>): [string, string][] {
  const parameters = new Map((route.operation.parameters ?? []).map((parameter) => [parameter.name, parameter]));
  return Object.entries(input).map(([name, value]) => {
    const text = parameters.get(name)?.schema !== undefined && typeof value === 'string';
    return [name, text ? value : JSON.stringify(value)];
  });
}

function requestOf(route: Route, base: string, token: string | null, input: Json, kind: string, raw?: { contentType?: string; body?: string; query?: [string, string][] }): Sent {
  if (route.method === 'get') {
    const query = raw?.query ?? queryOf(route, input as Record<string, Json>);
    const search = new URLSearchParams(query).toString();
    return { method: 'GET', url: `${base}${route.path}${search === '' ? '' : `?${search}`}`, token, kind };
  }
  return { method: 'POST', url: `${base}${route.path}`, token, contentType: raw?.contentType ?? 'application/json', body: raw?.body ?? JSON.stringify(input), kind };
}

function validRequests(route: Route, base: string, runs: number, runSeed: number): Sent[] {
  const input = valueOf(route.input, { group: route.action.name.split('.')[0]! });
  return fc.sample(fc.tuple(input, tokens), { numRuns: runs, seed: runSeed }).map(([value, token]) => requestOf(route, base, token, value, 'valid'));
}

function mutatedRequests(route: Route, base: string, runs: number, runSeed: number): Sent[] {
  const input = valueOf(route.input, { group: route.action.name.split('.')[0]! });
  const mutation = fc.constantFrom(...(route.method === 'get' ? queryMutations : bodyMutations));
  return fc.sample(fc.tuple(input, tokens, mutation, fc.nat(), junk), { numRuns: runs, seed: runSeed }).map(([value, token, how, pick, replacement]) => {
    const places = placesOf(value);
    const members = places.filter((place) => place.path.length > 0 && (route.method === 'post' || place.path.length === 1));
    const objects = places.filter((place) => place.container === 'object' && (route.method === 'post' || place.path.length === 0));
    const fields = Object.keys(value as object);
    switch (how) {
      case 'drop': {
        if (members.length === 0) return requestOf(route, base, token, { ...(value as object), unknownField: replacement }, 'unknownField (nothing to drop)');
        const place = members[pick % members.length]!;
        return requestOf(route, base, token, setAt(value, place.path, undefined), `drop ${place.path.join('.')}`);
      }
      case 'wrongType': {
        if (members.length === 0) return requestOf(route, base, token, { ...(value as object), unknownField: replacement }, 'unknownField (no member)');
        const place = members[pick % members.length]!;
        return requestOf(route, base, token, setAt(value, place.path, replacement), `wrongType ${place.path.join('.')}`);
      }
      case 'unknownField': {
        const place = objects[pick % objects.length]!;
        const name = unknownNames[pick % unknownNames.length]!;
        const target = getAt(value, place.path) as Record<string, Json>;
        const patched = JSON.parse(JSON.stringify(target)) as Record<string, Json>;
        Object.defineProperty(patched, name, { value: replacement, enumerable: true, writable: true, configurable: true });
        return requestOf(route, base, token, setAt(value, place.path, patched), `unknownField ${[...place.path, name].join('.')}`);
      }
      case 'notAnObject':
        return requestOf(route, base, token, Array.isArray(replacement) || typeof replacement !== 'object' || replacement === null ? replacement : [replacement], 'notAnObject');
      case 'notJson':
        return requestOf(route, base, token, value, 'notJson', { body: JSON.stringify(value).slice(0, -1 - (pick % 3)) || '{' });
      case 'wrongContentType':
        return requestOf(route, base, token, value, 'wrongContentType', { contentType: ['text/plain', 'application/x-www-form-urlencoded', 'application/xml'][pick % 3]! });
      case 'repeatedParameter': {
        const query = queryOf(route, value as Record<string, Json>);
        const name = fields[pick % Math.max(fields.length, 1)] ?? 'id';
        return requestOf(route, base, token, value, `repeatedParameter ${name}`, { query: [...query, [name, String(replacement)]] });
      }
      case 'notJsonParameter': {
        const query = queryOf(route, value as Record<string, Json>);
        const jsonFields = (route.operation.parameters ?? []).filter((parameter) => parameter.content !== undefined).map((parameter) => parameter.name);
        const name = jsonFields[pick % Math.max(jsonFields.length, 1)] ?? 'unknownField';
        return requestOf(route, base, token, value, `notJsonParameter ${name}`, { query: [...query.filter(([key]) => key !== name), [name, '{not json']] });
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// The server, and what the document says of each response.

let tree: WorkTree;
let server: Server;
let base: string;
const failures: unknown[] = [];

beforeAll(async () => {
  tree = await buildWorkTree();
  const people: Record<string, ActorInput> = {
    ada: { id: 'ada', name: 'Ada', branchId: tree.agency.ids.company, roles: [standardRoles.administrator] },
    dana: tree.agency.dana,
    bill: tree.billing,
  };
  const handler = createHttpHandler({
    store: tree.agency.store,
    clock,
    actions: allActions,
    addressStandardizer: upperCaseStandardizer,
    basePath: '/api',
    authenticate: (request) => people[(request.headers.get('authorization') ?? '').replace(/^Bearer /, '')] ?? null,
    onError: (error) => failures.push(error),
  });
  server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const id of [tree.root, tree.warehouse, tree.night, tree.elsewhere]) remember('customerId', id);
  for (const id of Object.values(tree.agency.ids)) remember('branchId', id);
});

afterAll(async () => {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, 'doc');
const pointer = (...parts: string[]) => `doc#/${parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

/** What breaks the document in one response (nothing: `[]`). */
function breaches(route: Route, status: number, contentType: string | null, text: string): string[] {
  if (status >= 500) return [`answered ${status}`];
  const declared = route.operation.responses[String(status)];
  if (!declared) return [`answered ${status}, which the operation does not list (${Object.keys(route.operation.responses).join(', ')})`];
  const [where, response] = declared.$ref
    ? [['components', 'responses', declared.$ref.slice('#/components/responses/'.length)], document.components.responses[declared.$ref.slice('#/components/responses/'.length)]!]
    : [['paths', route.path, route.method, 'responses', String(status)], declared];
  const media = (contentType ?? '').split(';')[0]!.trim();
  if (!response.content?.[media]) return [`answered ${status} as ${contentType ?? 'no content type'}, not ${Object.keys(response.content ?? {}).join(' or ')}`];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [`answered ${status} with a body that is not JSON`];
  }
  const validate = ajv.getSchema(pointer(...where, 'content', media, 'schema'))!;
  const problems: string[] = [];
  if (!validate(body)) problems.push(`answered ${status} with a body its schema refuses: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
  if (media === 'application/problem+json' && (body as { status?: unknown }).status !== status) problems.push(`a problem whose status ${String((body as { status?: unknown }).status)} is not the response's ${status}`);
  return problems;
}

interface Breach {
  readonly operation: string;
  readonly request: { readonly kind: string; readonly url: string; readonly token: string | null; readonly contentType?: string; readonly body?: string };
  readonly response: { readonly status: number; readonly body: string };
  readonly breaches: readonly string[];
}

describe('requests generated from the OpenAPI document', () => {
  it(`every operation, ${validRuns} valid and ${mutatedRuns} mutated requests each: no 5xx, and every response as the document describes it`, async () => {
    expect(routes.length).toBeGreaterThan(90);
    const found: Breach[] = [];
    const statuses = new Map<string, Set<number>>();
    let sent = 0;
    for (const [index, route] of routes.entries()) {
      const requests = [...validRequests(route, base, validRuns, seed + 2 * index), ...mutatedRequests(route, base, mutatedRuns, seed + 2 * index + 1)];
      for (const request of requests) {
        const headers: Record<string, string> = request.token ? { authorization: `Bearer ${request.token}` } : {};
        if (request.contentType) headers['content-type'] = request.contentType;
        const response = await fetch(request.url, { method: request.method, headers, ...(request.body === undefined ? {} : { body: request.body }) });
        const text = await response.text();
        sent++;
        const id = `${request.method} ${route.path}`;
        if (!statuses.has(id)) statuses.set(id, new Set());
        statuses.get(id)!.add(response.status);
        if (response.status === 200) harvest(JSON.parse(text), route.action.name.split('.')[0]!);
        const wrong = breaches(route, response.status, response.headers.get('content-type'), text);
        if (wrong.length > 0) found.push({ operation: `${id} (${route.operation.operationId})`, request: { ...request, url: request.url.slice(base.length) }, response: { status: response.status, body: text.slice(0, 600) }, breaches: wrong });
      }
    }
    expect(found).toEqual([]);
    expect(failures).toEqual([]);
    expect(sent).toBe(routes.length * (validRuns + mutatedRuns));
    // The requests reach the actions: most operations answered 200 at least once, and the refusals came.
    const succeeded = [...statuses.values()].filter((seen) => seen.has(200)).length;
    expect(succeeded / routes.length).toBeGreaterThan(0.5);
    const seen = new Set([...statuses.values()].flatMap((set) => [...set]));
    for (const status of [200, 400, 401, 403, 404, 409, 415, 422]) expect(seen, `some operation answered ${status}`).toContain(status);
  }, 180_000);

  it('the check is not a rubber stamp: it refuses a result off its schema, a status or content type not listed, a 422 code not listed, a problem of another status', () => {
    const route = (method: 'get' | 'post', path: string) => routes.find((one) => one.method === method && one.path === path)!;
    const get = route('get', '/api/customers/get');
    const notFound = { type: 'https://staffcore.dev/problems/not-found', title: 'Not found', status: 404, detail: 'no customer 7', code: 'NOT_FOUND' };
    expect(breaches(get, 404, 'application/problem+json', JSON.stringify(notFound))).toEqual([]);
    expect(breaches(get, 200, 'application/json; charset=utf-8', '{"customer":{"id":"7"}}')).toEqual([expect.stringMatching(/^answered 200 with a body its schema refuses/)]);
    expect(breaches(get, 503, 'application/problem+json', JSON.stringify({ ...notFound, status: 503, code: 'STORE' }))).toEqual(['answered 503']);
    expect(breaches(get, 415, 'application/problem+json', JSON.stringify({ ...notFound, status: 415 }))).toEqual([expect.stringMatching(/^answered 415, which the operation does not list/)]);
    expect(breaches(get, 404, 'text/html', '<h1>Not found</h1>')).toEqual(['answered 404 as text/html, not application/problem+json']);
    expect(breaches(get, 404, 'application/problem+json', '{"type":')).toEqual(['answered 404 with a body that is not JSON']);
    expect(breaches(get, 404, 'application/problem+json', JSON.stringify({ ...notFound, status: 400 }))).toEqual([expect.stringMatching(/^a problem whose status 400/)]);
    const create = route('post', '/api/orders/create');
    const refusal = { ...notFound, status: 422, title: 'Blocked', code: 'STATUS_BLOCKED' };
    expect(breaches(create, 422, 'application/problem+json', JSON.stringify(refusal))).toEqual([]);
    expect(breaches(create, 422, 'application/problem+json', JSON.stringify({ ...refusal, code: 'TREE_CYCLE' }))).toEqual([expect.stringMatching(/^answered 422 with a body its schema refuses/)]);
  });

  // Found by this test: `fieldErrors` collected the messages in a plain object, so a field named
  // after a member of Object.prototype threw and the handler could only answer 500.
  it('an unknown field named after a member of Object.prototype is a 400 VALIDATION, not a 500', async () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      const response = await fetch(`${base}/api/customers/get`, { method: 'POST', headers: { authorization: 'Bearer ada', 'content-type': 'application/json' }, body: `{"id":"${tree.root}","${name}":1}` });
      expect(response.status, name).toBe(400);
      expect(await response.json(), name).toMatchObject({ code: 'VALIDATION', errors: { [name]: [expect.any(String)] } });
    }
  });
});
