import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CalendarDate, allActions, createStaffcore, defineCustomFields, inheritedField, type CustomFieldDeclarations } from '../../src/index.js';
import { createHttpHandler, openApiDocument, toNodeListener, type JsonSchema, type OpenApiDocument, type Problem } from '../../src/http/index.js';
import { buildAgency, clock, type Agency } from '../helpers/agency.js';

const customFields = {
  customers: {
    vmsId: z.string().max(40),
    unionShop: z.boolean().default(false),
    headcount: z.number().int().optional(),
    region: inheritedField(z.enum(['north', 'south'])),
    orientationDate: CalendarDate.nullable().optional(),
  },
  contacts: { badge: z.string().max(20).optional() },
} satisfies CustomFieldDeclarations;

const info = { title: 'staffcore', version: '1.0.0' };
const document = openApiDocument({ actions: allActions, info, customFields: defineCustomFields(customFields) });
const plain = openApiDocument({ actions: allActions, info });

/** The JSON text a client receives, read back. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const bodyOf = (doc: OpenApiDocument, path: string) => doc.paths[path]!.post!.requestBody!.content['application/json']!.schema as JsonSchema;
const resultOf = (doc: OpenApiDocument, path: string) => (doc.paths[path]!.post!.responses[200] as { content: Record<string, { schema: JsonSchema }> }).content['application/json']!.schema;
/** The schema at a path of property names in an object schema. */
const at = (schema: JsonSchema, ...names: string[]): JsonSchema =>
  names.reduce((inner, name) => {
    const found = (inner['properties'] as Record<string, JsonSchema> | undefined)?.[name] ?? ((inner['items'] as JsonSchema | undefined)?.['properties'] as Record<string, JsonSchema> | undefined)?.[name];
    if (!found) throw new Error(`no ${name} in ${JSON.stringify(inner).slice(0, 200)}`);
    return found;
  }, schema);
const propertiesOf = (schema: JsonSchema) => Object.keys((schema['properties'] ?? {}) as object);

/** Ajv holding the document, so its refs resolve. */
function validatorOf(doc: OpenApiDocument, pointer: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(asJson(doc), 'doc');
  return ajv.getSchema(`doc#${pointer}`)!;
}

describe('the OpenAPI document of an instance with custom fields', () => {
  it('describes the declared fields in every customer record, and still allows the values of retired fields', () => {
    for (const [path, record] of [
      ['/customers/add', 'customer'],
      ['/customers/get', 'customer'],
      ['/departments/add', 'customer'],
    ] as const) {
      const custom = at(resultOf(document, path), record, 'custom');
      expect(propertiesOf(custom), path).toEqual(['vmsId', 'unionShop', 'headcount', 'region', 'orientationDate']);
      expect(at(custom, 'vmsId')).toEqual({ type: 'string', maxLength: 40 });
      expect(at(custom, 'region')).toEqual({ type: 'string', enum: ['north', 'south'] });
      expect(custom['required']).toBeUndefined();
      expect(custom['additionalProperties']).toEqual({ anyOf: [{ type: 'string', maxLength: 10000 }, { type: 'number' }, { type: 'boolean' }, { type: 'null' }] });
    }
    expect(propertiesOf(at(resultOf(document, '/contacts/add'), 'contact', 'custom'))).toEqual(['badge']);
    // Orders declare nothing: the record's values are as without custom fields.
    expect(at(resultOf(document, '/orders/create'), 'order', 'custom')).toEqual(at(resultOf(plain, '/orders/create'), 'order', 'custom'));
  });

  it('describes customers.add’s custom exactly: the declared fields only, the required ones listed, custom itself required', () => {
    const body = bodyOf(document, '/customers/add');
    const custom = at(body, 'custom');
    expect(custom).toMatchObject({ type: 'object', additionalProperties: false, required: ['vmsId'] });
    expect(propertiesOf(custom)).toEqual(['vmsId', 'unionShop', 'headcount', 'region', 'orientationDate']);
    expect(at(custom, 'unionShop')).toEqual({ type: 'boolean', default: false });
    expect(body['required']).toEqual(['name', 'custom']);
    // Without custom fields the body is as it was: custom is any object, and optional.
    expect(bodyOf(plain, '/customers/add')['required']).toEqual(['name']);
    expect(at(bodyOf(plain, '/customers/add'), 'custom')['additionalProperties']).toEqual({});
  });

  it('describes custom in every other input that takes it: addMany rows, update changes, the search filter, contacts, orders and assignments', () => {
    expect(at(bodyOf(document, '/customers/addMany'), 'rows', 'custom')).toEqual(at(bodyOf(document, '/customers/add'), 'custom'));
    const changes = at(bodyOf(document, '/customers/update'), 'changes', 'custom');
    expect(changes).toMatchObject({ type: 'object', additionalProperties: false });
    expect(changes['required']).toBeUndefined();
    // A change fills in no default, and null clears an optional field.
    expect(at(changes, 'unionShop')).toEqual({ anyOf: [{ type: 'boolean' }, { type: 'null' }] });
    expect(at(changes, 'vmsId')).toEqual({ type: 'string', maxLength: 40 });
    const filter = at(bodyOf(document, '/customers/search'), 'custom');
    expect(at(filter, 'unionShop')).toEqual({ type: 'boolean' });
    expect(at(filter, 'headcount')).toEqual({ anyOf: [{ type: 'number' }, { type: 'object', properties: { from: { type: 'number' }, to: { type: 'number' } }, additionalProperties: false }] });
    expect(propertiesOf(at(bodyOf(document, '/contacts/add'), 'custom'))).toEqual(['badge']);
    expect(propertiesOf(at(bodyOf(document, '/contacts/update'), 'changes', 'custom'))).toEqual(['badge']);
    for (const path of ['/orders/create', '/assignments/create']) expect(at(bodyOf(document, path), 'custom'), path).toEqual({ type: 'object', additionalProperties: false });
    // A department takes an inherited field from its parent: only vmsId is required there.
    expect(at(bodyOf(document, '/departments/add'), 'custom')['required']).toEqual(['vmsId']);
  });

  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(asJson(document) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('accepts what the instance accepts and refuses an undeclared key, and its records match their schema', async () => {
    const body = validatorOf(document, '/paths/~1customers~1add/post/requestBody/content/application~1json/schema');
    const input = { name: 'Harbor Foods', custom: { vmsId: 'V-1', headcount: 3, region: 'north' as const, orientationDate: null } };
    expect(body(input), JSON.stringify(body.errors)).toBe(true);
    expect(body({ name: 'Harbor Foods', custom: { ...input.custom, nope: 1 } })).toBe(false);
    expect(body({ name: 'Harbor Foods' })).toBe(false);
    const agency = await buildAgency();
    const sc = createStaffcore({ actions: allActions, store: agency.store, clock, actor: agency.dana, customFields: defineCustomFields(customFields) });
    const result = asJson(await sc.customers.add(input));
    const validate = validatorOf(document, '/paths/~1customers~1add/post/responses/200/content/application~1json/schema');
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    // A record still holding a retired value matches too.
    expect(validate({ ...result, customer: { ...result.customer, custom: { ...result.customer.custom, retiredCode: 'R-1' } } })).toBe(true);
    expect(validate({ ...result, customer: { ...result.customer, custom: { ...result.customer.custom, vmsId: 7 } } })).toBe(false);
  });
});

describe('the HTTP handler with custom fields', () => {
  let server: Server;
  let base: string;
  let agency: Agency;
  beforeAll(async () => {
    agency = await buildAgency();
    const handler = createHttpHandler({
      store: agency.store,
      clock,
      actions: allActions,
      customFields: defineCustomFields(customFields),
      basePath: '/api',
      openApi: { info },
      authenticate: (request) => (request.headers.get('authorization') === 'Bearer token-dana' ? agency.dana : null),
    });
    server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const post = (path: string, body: unknown) =>
    fetch(`${base}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: 'Bearer token-dana' } });

  it('serves the document of its custom fields', async () => {
    const served = (await (await fetch(`${base}/openapi.json`)).json()) as OpenApiDocument;
    expect(propertiesOf(at(bodyOf(served, '/api/customers/add'), 'custom'))).toEqual(['vmsId', 'unionShop', 'headcount', 'region', 'orientationDate']);
    expect(served).toEqual(asJson(openApiDocument({ actions: allActions, info, basePath: '/api', customFields: defineCustomFields(customFields) })));
  });

  it('answers an undeclared custom key with a 400 problem naming custom.<key>, and takes the declared ones', async () => {
    const refused = await post('/customers/add', { name: 'Harbor Foods', custom: { vmsId: 'V-1', region: 'north', nope: 1 } });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await refused.json()) as Problem;
    expect(problem.code).toBe('VALIDATION');
    expect(Object.keys(problem.errors ?? {})).toEqual(['custom.nope']);
    const added = await post('/customers/add', { name: 'Harbor Foods', custom: { vmsId: 'V-1', region: 'north' } });
    expect(added.status).toBe(200);
    expect(((await added.json()) as { customer: { custom: unknown } }).customer.custom).toEqual({ vmsId: 'V-1', region: 'north', unionShop: false });
  });
});
