import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { StaffcoreError, allActions, customers, isStaffcoreError, listActions, orders, type ActionDefinition, type Staffcore } from '../../src/index.js';
import * as z from 'zod';
import { openApiDocument, problemOf, statusOfCode, type JsonSchema, type OpenApiDocument, type OpenApiDocumentOptions, type OpenApiOperation } from '../../src/http/index.js';
import { buildWorkTree, type WorkTree } from '../helpers/workTree.js';

const info = { title: 'staffcore', version: '1.0.0' };
const document = openApiDocument({ actions: allActions, info, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } });

/** The JSON text a client receives, read back: what the validators see. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** An action's path in `document` (no base path). */
const pathOf = (name: string) => `/${name.replace('.', '/')}`;

/** Ajv (draft 2020-12, with formats) holding the whole document, so its `#/components/…` refs resolve. */
function documentAjv(doc: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(asJson(doc), 'doc');
  const pointer = (...parts: string[]) => `doc#/${parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
  return {
    /** The validator of the 200 response of an action's POST. */
    result(name: string) {
      const validate = ajv.getSchema(pointer('paths', pathOf(name), 'post', 'responses', '200', 'content', 'application/json', 'schema'));
      if (!validate) throw new Error(`no 200 schema for ${name}`);
      return validate;
    },
    problem: () => ajv.getSchema(pointer('components', 'schemas', 'Problem'))!,
    /** The validator of the 422 response of an action's POST. */
    refusal(name: string) {
      return ajv.getSchema(pointer('paths', pathOf(name), 'post', 'responses', '422', 'content', 'application/problem+json', 'schema'))!;
    },
  };
}

describe('openApiDocument', () => {
  it('documents the streamed routes: the change feed as server-sent events, a report as CSV or JSON', () => {
    const contentOf = (response: unknown) => Object.keys((response as { content: object }).content);
    const feed = document.paths['/changes/stream']!.get!;
    expect(contentOf(feed.responses[200])).toEqual(['text/event-stream']);
    expect(feed.parameters!.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual(['query:after', 'header:Last-Event-ID']);
    expect(contentOf(document.paths['/reports/{report}.csv']!.get!.responses[200])).toEqual(['text/csv']);
    expect(contentOf(document.paths['/reports/{report}.json']!.get!.responses[200])).toEqual(['application/json']);
    const few = openApiDocument({ actions: { customers }, info });
    expect(Object.keys(few.paths).some((path) => path.includes('stream') || path.includes('{report}'))).toBe(false);
  });

  it('documents a report action’s input as HTTP carries it: no sink (a function), the streamed routes take its place', () => {
    for (const name of ['run', 'csv', 'json']) {
      const schema = document.paths[`/reports/${name}`]!.post!.requestBody!.content['application/json']!.schema as { properties: Record<string, unknown>; required?: string[] };
      expect(Object.keys(schema.properties)).toContain('name');
      expect(Object.keys(schema.properties)).not.toContain('sink');
      expect(schema.required ?? []).not.toContain('sink');
    }
  });

  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(asJson(document) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has a POST for every action, and a GET for each read-only one only', () => {
    const actions = listActions(allActions);
    expect(Object.values(document.paths).filter((item) => item.post)).toHaveLength(actions.length);
    for (const action of actions) {
      const item = document.paths[pathOf(action.name)];
      expect(item, action.name).toBeDefined();
      expect(Object.keys(item!).sort(), action.name).toEqual(action.readOnly === true ? ['get', 'post'] : ['post']);
    }
  });

  it('names each operation after its action, sums it up and tags it with its group', () => {
    const operations: OpenApiOperation[] = Object.values(document.paths).flatMap((item) => [item.post, item.get].filter((operation) => operation !== undefined));
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(operations.length);
    const item = document.paths['/customers/get']!;
    expect(item.post).toMatchObject({ operationId: 'customers_get', summary: customers.get.summary, tags: ['customers'], 'x-staffcore-action': 'customers.get' });
    expect(item.get).toMatchObject({ operationId: 'customers_get_query', summary: customers.get.summary, tags: ['customers'] });
    expect(document.paths['/customers/add']!.post!.operationId).toBe('customers_add');
    expect(document.tags.map((tag) => tag.name)).toEqual(Object.keys(allActions));
  });

  it('takes the body of a POST and the query of a GET from the input, one parameter per field', () => {
    const list = document.paths['/orders/list']!;
    expect(list.post!.requestBody).toMatchObject({ required: true, content: { 'application/json': { schema: { type: 'object' } } } });
    const parameters = new Map(list.get!.parameters!.map((parameter) => [parameter.name, parameter]));
    const bodyFields = Object.keys((list.post!.requestBody!.content['application/json'].schema as { properties: object }).properties);
    expect([...parameters.keys()]).toEqual(bodyFields);
    // A string (an enum too) is sent as given; a number, a boolean or a string that may be null, JSON-encoded.
    expect(parameters.get('customerId')).toMatchObject({ in: 'query', required: true, schema: { type: 'string' } });
    expect(parameters.get('scope')).toMatchObject({ required: false, schema: { type: 'string', enum: ['account', 'subtree', 'master'] } });
    expect(parameters.get('limit')).toMatchObject({ required: false, content: { 'application/json': { schema: { type: 'integer' } } } });
    expect(parameters.get('active')).toMatchObject({ content: { 'application/json': { schema: { type: 'boolean' } } } });
    expect(parameters.get('after')).toMatchObject({ content: { 'application/json': { schema: { anyOf: [{ type: 'string' }, { type: 'null' }] } } } });
    expect(document.paths['/customers/get']!.get!.parameters).toEqual([expect.objectContaining({ name: 'id', required: true, schema: expect.objectContaining({ type: 'string' }) })]);
  });

  it('answers each status an action can produce with a problem', () => {
    const statuses = (operation: OpenApiOperation) => Object.keys(operation.responses).map(Number);
    // orders.create: NOT_FOUND, CONFLICT? and the business refusals (CREDIT_BLOCKED, STATUS_BLOCKED, …).
    const create = document.paths['/orders/create']!.post!;
    const expected = new Set([200, 400, 401, 403, 413, 415, 500, 503, ...orders.create.refusals.map((code) => statusOfCode(code))]);
    expect(statuses(create).sort()).toEqual([...expected].sort());
    const refusal = create.responses[422] as { description: string };
    for (const code of orders.create.refusals.filter((code) => statusOfCode(code) === 422)) expect(refusal.description).toContain(`\`${code}\``);
    // A GET has no body: no 413, no 415.
    const get = document.paths['/customers/get']!.get!;
    expect(statuses(get)).not.toContain(413);
    expect(statuses(get)).not.toContain(415);
    expect(statuses(get)).toContain(404);
    expect(document.components.responses.ServiceUnavailable).toMatchObject({ headers: { 'Retry-After': { schema: { type: 'integer' } } } });
    for (const action of listActions(allActions)) {
      const operation = document.paths[pathOf(action.name)]!.post!;
      for (const code of action.refusals) expect(operation.responses[statusOfCode(code)], `${action.name} ${code}`).toBeDefined();
    }
  });

  it('puts the base path in front of every path', () => {
    const doc = openApiDocument({ actions: { customers }, info, basePath: '/api/' });
    expect(Object.keys(doc.paths).every((path) => path.startsWith('/api/customers/'))).toBe(true);
    expect(() => openApiDocument({ actions: { customers }, info, basePath: 'api' })).toThrow(/basePath/);
  });

  it("applies the host's security schemes to every operation, any one of them by default", () => {
    const securitySchemes = { bearer: { type: 'http', scheme: 'bearer' }, key: { type: 'apiKey', name: 'X-Key', in: 'header' } } as const;
    expect(openApiDocument({ actions: { customers }, info, securitySchemes })).toMatchObject({ components: { securitySchemes }, security: [{ bearer: [] }, { key: [] }] });
    expect(openApiDocument({ actions: { customers }, info, securitySchemes, security: [{ bearer: [], key: [] }] }).security).toEqual([{ bearer: [], key: [] }]);
    expect(openApiDocument({ actions: { customers }, info })).not.toHaveProperty('security');
  });

  it('lifts the definitions of a recursive schema into components', () => {
    interface Node {
      readonly name: string;
      readonly children: readonly Node[];
    }
    const Node: z.ZodType<Node> = z.lazy(() => z.strictObject({ name: z.string(), children: z.array(Node) }));
    const tree: ActionDefinition = {
      name: 'trees.get',
      summary: 'Reads a tree.',
      input: z.strictObject({ id: z.string() }),
      result: z.strictObject({ root: Node }),
      refusals: [],
      subject: 'tree',
      permission: 'customer.read',
      readOnly: true,
      run: async () => ({ root: { name: 'root', children: [] } }),
    };
    const doc = asJson(openApiDocument({ actions: { trees: { get: tree } }, info }));
    const text = JSON.stringify(doc);
    expect(text).not.toContain('"#/$defs/');
    expect(text).not.toMatch(/"\$ref":"#"/);
    const lifted = Object.keys(doc.components.schemas).filter((name) => name.startsWith('trees_get_result_'));
    expect(lifted).toHaveLength(1);
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(doc, 'doc');
    const validate = ajv.getSchema('doc#/paths/~1trees~1get/post/responses/200/content/application~1json/schema')!;
    expect(validate({ root: { name: 'a', children: [{ name: 'b', children: [] }] } })).toBe(true);
    expect(validate({ root: { name: 'a', children: [{ name: 'b' }] } })).toBe(false);
  });

  it("describes a JSON value (an audit event's before and after) as any value, not as a recursive union a client generator cannot type", () => {
    expect(JSON.stringify(document)).not.toContain('audit_list_result_schema');
    // paths./audit/list.post.responses.200…schema.properties.items.items.properties.changes.additionalProperties
    const result = document.paths['/audit/list']!.post!.responses[200] as unknown as { content: { 'application/json': { schema: JsonSchema } } };
    const at = (schema: JsonSchema, ...keys: string[]) => keys.reduce((inner, key) => inner[key] as JsonSchema, schema);
    const change = at(result.content['application/json'].schema, 'properties', 'items', 'items', 'properties', 'changes', 'additionalProperties');
    expect(change).toMatchObject({ type: 'object', required: ['before', 'after'] });
    expect(change['properties']).toEqual({ before: {}, after: {} });
  });

  it('describes a result field that ends in a transform by what the transform takes', () => {
    const result = document.paths['/customers/get']!.post!.responses[200] as unknown as { content: { 'application/json': { schema: { properties: { customer: { properties: Record<string, object> } } } } } };
    expect(result.content['application/json'].schema.properties.customer.properties.createdAt).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it('gives the same document for the same actions, and does not mutate its options', () => {
    const options: OpenApiDocumentOptions = { actions: { customers, orders }, info: { ...info }, basePath: '/api' };
    const before = structuredClone({ info: options.info, basePath: options.basePath });
    expect(openApiDocument(options)).toEqual(openApiDocument(options));
    expect({ info: options.info, basePath: options.basePath }).toEqual(before);
  });

  it('types its result', () => {
    expectTypeOf(document.openapi).toEqualTypeOf<'3.1.0'>();
    expectTypeOf(openApiDocument).parameter(0).toEqualTypeOf<OpenApiDocumentOptions>();
  });
});

describe('the document and real responses', () => {
  let tree: WorkTree;
  let ajv: ReturnType<typeof documentAjv>;
  beforeAll(async () => {
    tree = await buildWorkTree();
    ajv = documentAjv(document);
  });

  /**
   * Runs an action as a handler would and checks the response against the document: a result
   * against the action's 200 schema; an error, rendered as problem details, against `Problem` and
   * a status the operation declares.
   */
  async function expectDocumented(sc: Staffcore, name: string, input: unknown): Promise<unknown> {
    const [group, member] = name.split('.') as [string, string];
    const call = (sc as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[group]![member]!;
    try {
      const result = asJson(await call(input));
      const validate = ajv.result(name);
      expect(validate(result), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      return result;
    } catch (error) {
      if (!isStaffcoreError(error)) throw error;
      const body = asJson(problemOf(error));
      const validate = ajv.problem();
      expect(validate(body), `${name} ${error.code}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(document.paths[pathOf(name)]!.post!.responses[body.status], `${name} answers ${body.status}`).toBeDefined();
      return undefined;
    }
  }

  it('every result of add, get, search, view, audit.list and changes.since matches its 200 schema', async () => {
    const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,&'-]{0,30}$/);
    const input = fc.record(
      {
        name: fc.oneof(text, fc.constant(''), fc.constant('   ')),
        phone: fc.oneof(fc.constant('+1 612 555 0100'), fc.constant('not a phone')),
        email: fc.oneof(fc.constant('ops@zenith.example'), fc.constant('nobody')),
        notes: text,
        address: fc.record({ line1: text, city: text, region: fc.constantFrom('MN', 'WI'), postalCode: fc.stringMatching(/^\d{5}$/) }),
        terms: fc.record({ label: fc.constantFrom('Net 30', 'Net 15'), netDays: fc.integer({ min: 0, max: 90 }) }),
        asDepartment: fc.boolean(),
      },
      { requiredKeys: ['name', 'asDepartment'] },
    );
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(input, async ({ asDepartment, ...fields }) => {
        const added = (await expectDocumented(tree.danaWithAddresses, 'customers.add', asDepartment ? { ...fields, parentId: tree.root } : fields)) as
          | { customer: { id: string } }
          | undefined;
        if (added === undefined) return;
        checked++;
        const id = added.customer.id;
        await expectDocumented(tree.dana, 'customers.get', { id });
        await expectDocumented(tree.dana, 'customers.view', { id });
        await expectDocumented(tree.dana, 'customers.search', { text: fields.name.slice(0, 10), limit: 5 });
        await expectDocumented(tree.dana, 'audit.list', { entity: 'customers', id });
      }),
      { numRuns: 25 },
    );
    expect(checked).toBeGreaterThan(0);
    await expectDocumented(tree.ada, 'changes.since', { limit: 50 });
    await expectDocumented(tree.dana, 'customers.get', { id: 'no-such-record' });
  });

  it('a VALIDATION error as a problem matches the Problem schema, its messages by field included', async () => {
    const error = await tree.dana.customers.add({ name: '', email: 'nobody' }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(isStaffcoreError(error, 'VALIDATION')).toBe(true);
    const body = asJson(problemOf(error as StaffcoreError));
    expect(body).toMatchObject({ type: 'https://staffcore.dev/problems/validation', status: 400, title: 'Validation failed', code: 'VALIDATION', errors: { name: [expect.any(String)], email: [expect.any(String)] } });
    const validate = ajv.problem();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    // The Problem schema is not a rubber stamp.
    expect(validate({ ...body, errors: { name: 'not a list' } })).toBe(false);
    expect(validate({ title: 'x' })).toBe(false);
  });

  it("a refusal's problem matches the action's 422 response, which names its codes", () => {
    const refusal = problemOf(new StaffcoreError('STATUS_BLOCKED', 'customer 7 is on hold', { details: { entity: 'customers', id: '7' } }));
    expect(refusal.status).toBe(422);
    expect(ajv.refusal('orders.create')(asJson(refusal))).toBe(true);
    const other = problemOf(new StaffcoreError('TREE_CYCLE', 'a cycle', { details: { id: '7' } }));
    expect(ajv.refusal('orders.create')(asJson(other))).toBe(false);
  });

  it('keeps the text and details of an INTERNAL error to itself', () => {
    const body = problemOf(new StaffcoreError('INTERNAL', 'pool.query is not a function at /srv/app.js:12', { details: { action: 'customers.add' } }));
    expect(body).toEqual({ type: 'https://staffcore.dev/problems/internal', title: 'Internal error', status: 500, code: 'INTERNAL', detail: 'The request failed unexpectedly; nothing was written.' });
    expect(ajv.problem()(asJson(body))).toBe(true);
  });
});
