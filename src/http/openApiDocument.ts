import type { ActionDefinition, ActionGroups } from '../actions/index.js';
import { listActions } from '../actions/index.js';
import type { CustomFieldSet } from '../rules/customFields.js';
import type { StaffcoreErrorCode } from '../errors/index.js';
import type {
  JsonSchema,
  OpenApiDocument,
  OpenApiInfo,
  OpenApiOperation,
  OpenApiParameter,
  OpenApiPathItem,
  OpenApiResponse,
  OpenApiSecurityRequirement,
  OpenApiSecurityScheme,
  OpenApiServer,
} from './OpenApiObjects.js';
import { statusOfCode } from './problem.js';
import { queryFields } from './_internal/queryFields.js';
import { toJsonSchema } from './_internal/toJsonSchema.js';

/**
 * Options of {@link openApiDocument}.
 * @category HTTP
 */
export interface OpenApiDocumentOptions {
  /** The action groups the handler serves, as given to it (`allActions`, `{ customers, orders }`). */
  readonly actions: ActionGroups;
  /** The API's title and version, and whatever else the host says of it. */
  readonly info: OpenApiInfo;
  /** Where the API is served (without the base path). */
  readonly servers?: readonly OpenApiServer[];
  /** The path the handler serves the actions under, as given to it: `''` (the default) or `/api`. */
  readonly basePath?: string;
  /** How callers authenticate, by name (`{ bearer: { type: 'http', scheme: 'bearer' } }`). */
  readonly securitySchemes?: Readonly<Record<string, OpenApiSecurityScheme>>;
  /**
   * The security requirements of every operation. Default: any one of `securitySchemes`
   * (`[{ bearer: [] }, { apiKey: [] }]`); none without schemes.
   */
  readonly security?: readonly OpenApiSecurityRequirement[];
  /**
   * The instance's custom fields, made with `defineCustomFields` as given to `createStaffcore` (the handler passes its own):
   * `custom` in every record and every input that takes it is then described by the declaration —
   * the declared fields under `properties` (their zod schemas converted), only they in an input
   * (`additionalProperties: false`), the required ones listed for a new record; a record also
   * allows other fields, whose values it keeps after they are taken out of the declaration. Without
   * it, `custom` is any object of JSON scalars.
   */
  readonly customFields?: CustomFieldSet;
}

const problemJson = 'application/problem+json';
const problemRef = { $ref: '#/components/schemas/Problem' } as const;

/** The Problem schema: RFC 9457 problem details with staffcore's `code`, `details` and `errors`. */
const problemSchema: JsonSchema = {
  type: 'object',
  description: 'An error as RFC 9457 problem details. Branch on `code`, never on the texts.',
  properties: {
    type: { type: 'string', format: 'uri-reference', description: '`about:blank`: the problem is the status\'s own; `code` says which.' },
    title: { type: 'string', description: "The status's reason phrase." },
    status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status.' },
    detail: { type: 'string', description: 'What went wrong, in words.' },
    code: {
      type: 'string',
      description:
        'The StaffcoreError code (`VALIDATION`, `NOT_FOUND`, `CREDIT_BLOCKED`, …), or the handler\'s own for a request it could not read (no actor, a body that is not JSON, too large, of the wrong type).',
    },
    details: { type: 'object', additionalProperties: true, description: "The error's `details`, in the shape of its code." },
    errors: {
      type: 'object',
      description: "`VALIDATION`: the messages by field, keys the field's path joined by `.` (`address.postalCode`, `rows.3.name`), `''` for the input as a whole.",
      additionalProperties: { type: 'array', items: { type: 'string' } },
    },
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
};

const problemResponse = (description: string, extra: Partial<Extract<OpenApiResponse, { description: string }>> = {}): OpenApiResponse => ({
  description,
  ...extra,
  content: { [problemJson]: { schema: problemRef } },
});

/** The problem responses every action shares, by their name in `components.responses`. */
const sharedResponses = {
  BadRequest: problemResponse('`VALIDATION`: the input failed its schema (`errors` has the messages by field); or the body or a query parameter is not JSON.'),
  Unauthorized: problemResponse('No actor: the request did not authenticate.'),
  Forbidden: problemResponse("`FORBIDDEN`: the actor's roles do not grant the action's permission, or the request reaches outside the actor's level."),
  NotFound: problemResponse("`NOT_FOUND`: no such record, or it lies outside the actor's hierarchy scope."),
  Conflict: problemResponse('`CONFLICT`: the write was based on a stale `version` of the record; read it again and retry.'),
  ContentTooLarge: problemResponse("The body is larger than the handler's limit."),
  UnsupportedMediaType: problemResponse('The body is not `application/json`.'),
  InternalServerError: problemResponse('`INTERNAL`: something failed that should not have; nothing was written.'),
  ServiceUnavailable: problemResponse('`BUSY`: the store could not get what the action needed in time; nothing was written and the same call may succeed later (see `Retry-After`). `STORE`: the store failed.', {
    headers: { 'Retry-After': { description: '`BUSY`: seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } } },
  }),
} as const satisfies Record<string, OpenApiResponse>;

const responseRef = (name: keyof typeof sharedResponses): OpenApiResponse => ({ $ref: `#/components/responses/${name}` });

/** The codes any action can raise besides its refusals. */
const everyAction: readonly StaffcoreErrorCode[] = ['VALIDATION', 'FORBIDDEN', 'BUSY', 'STORE', 'INTERNAL'];

/** An action's name as an operation id: `customers.add` → `customers_add`. */
const operationIdOf = (name: string) => name.replace(/\./g, '_');

/**
 * The responses of one operation: the result under 200, and a problem under each status the action
 * can answer with (its refusals and what any action can raise; 413 and 415 for a body).
 */
function responsesOf(action: ActionDefinition, result: JsonSchema, method: 'post' | 'get'): Record<string, OpenApiResponse> {
  const codes = new Set([...everyAction, ...action.refusals]);
  const refused = (status: number) => [...codes].filter((code) => statusOfCode(code) === status).sort();
  const responses: Record<string, OpenApiResponse> = {
    200: { description: `The result of \`${action.name}\`.`, content: { 'application/json': { schema: result } } },
    400: responseRef('BadRequest'),
    401: responseRef('Unauthorized'),
    403: responseRef('Forbidden'),
  };
  if (codes.has('NOT_FOUND')) responses[404] = responseRef('NotFound');
  if (codes.has('CONFLICT')) responses[409] = responseRef('Conflict');
  if (method === 'post') {
    responses[413] = responseRef('ContentTooLarge');
    responses[415] = responseRef('UnsupportedMediaType');
  }
  const rules = refused(422);
  if (rules.length > 0) {
    responses[422] = {
      description: `Refused by the record's state: ${rules.map((code) => `\`${code}\``).join(', ')} (\`details\` has the facts).`,
      content: { [problemJson]: { schema: { allOf: [problemRef, { properties: { code: { enum: rules } } }] } } },
    };
  }
  responses[500] = responseRef('InternalServerError');
  responses[503] = responseRef('ServiceUnavailable');
  return responses;
}

/** Moves a converted schema's `$defs` into `components.schemas` under `prefix`, and points its refs there. */
function liftDefs(schema: JsonSchema, defs: Readonly<Record<string, JsonSchema>>, prefix: string, into: Record<string, JsonSchema>): JsonSchema {
  const names = Object.keys(defs);
  if (names.length === 0) return schema;
  const target = (name: string) => `${prefix}_${name.replace(/^_+/, '')}`;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
          return [key, `#/components/schemas/${target(inner.slice('#/$defs/'.length).replace(/~1/g, '/').replace(/~0/g, '~'))}`];
        }
        return [key, rewrite(inner)];
      }),
    );
  };
  for (const name of names) into[target(name)] = rewrite(defs[name]) as JsonSchema;
  return rewrite(schema) as JsonSchema;
}

/**
 * The OpenAPI 3.1 document of the actions a handler serves, built from the actions themselves:
 * one path per action, `POST {basePath}/{group}/{action}` with the input as the JSON body, and for
 * a read-only action also `GET` with the input's top-level fields as query parameters (strings as
 * given, any other field JSON-encoded). Each operation has the action's summary, its group as tag,
 * its input and result schemas (zod's own JSON Schema conversion), and a problem response
 * (`application/problem+json`, the `Problem` schema) under each status the action can answer
 * with. The host's security schemes apply to every operation.
 *
 * Operation ids are the action's name with `_` for `.`: `customers_add` (`POST`), and
 * `customers_get_query` for the `GET` form of a read-only action.
 *
 * @param options - the actions, the API's info, and optionally servers, the base path, security and the custom fields
 * @returns the document, ready for `JSON.stringify`
 * @example
 * ```ts
 * const document = openApiDocument({
 *   actions: { customers },
 *   info: { title: 'Northstar API', version: '1.0.0' },
 *   basePath: '/api',
 *   securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
 * });
 * Object.keys(document.paths)[0] //=> '/api/customers/add'
 * document.paths['/api/customers/get']?.get?.operationId //=> 'customers_get_query'
 * ```
 * @category HTTP
 */
export function openApiDocument(options: OpenApiDocumentOptions): OpenApiDocument {
  const basePath = normalizeBasePath(options.basePath ?? '');
  const schemas: Record<string, JsonSchema> = { Problem: problemSchema };
  const paths: Record<string, OpenApiPathItem> = {};
  const tags: string[] = [];
  const customFields = options.customFields;
  for (const action of listActions(options.actions)) {
    const [group, member] = splitName(action.name);
    if (!tags.includes(group)) tags.push(group);
    const operationId = operationIdOf(action.name);
    const input = toJsonSchema(action.input, 'input', customFields);
    const result = toJsonSchema(action.result, 'output', customFields);
    const inputSchema = liftDefs(withoutSink(input.schema), input.defs, `${operationId}_input`, schemas);
    const resultSchema = liftDefs(result.schema, result.defs, `${operationId}_result`, schemas);
    const common = {
      summary: action.summary,
      description: `\`${action.name}\`: needs the \`${action.permission}\` permission${action.readOnly === true ? '; only reads' : ''}.`,
      tags: [group],
      'x-staffcore-action': action.name,
      'x-staffcore-permission': action.permission,
    };
    const post: OpenApiOperation = {
      operationId,
      ...common,
      requestBody: { required: true, content: { 'application/json': { schema: inputSchema } } },
      responses: responsesOf(action, resultSchema, 'post'),
    };
    const get: OpenApiOperation | undefined =
      action.readOnly === true
        ? { operationId: `${operationId}_query`, ...common, parameters: parametersOf(inputSchema), responses: responsesOf(action, resultSchema, 'get') }
        : undefined;
    paths[`${basePath}/${group}/${member}`] = get === undefined ? { post } : { get, post };
  }
  Object.assign(paths, streamPaths(options.actions, basePath));
  const securitySchemes = options.securitySchemes;
  const security = options.security ?? (securitySchemes === undefined ? undefined : Object.keys(securitySchemes).map((name) => ({ [name]: [] })));
  return {
    openapi: '3.1.0',
    info: options.info,
    ...(options.servers === undefined ? {} : { servers: options.servers }),
    tags: tags.map((name) => ({ name, description: `The \`${name}\` actions.` })),
    paths,
    components: {
      schemas,
      responses: sharedResponses,
      ...(securitySchemes === undefined ? {} : { securitySchemes }),
    },
    ...(security === undefined ? {} : { security }),
  };
}

/**
 * The streamed routes the handler serves beside the actions: the change feed as server-sent events
 * (with the `changes` group) and a report's text as it is read (with the `reports` group).
 */
function streamPaths(groups: ActionGroups, basePath: string): Record<string, OpenApiPathItem> {
  const paths: Record<string, OpenApiPathItem> = {};
  const problems = { 400: responseRef('BadRequest'), 401: responseRef('Unauthorized'), 403: responseRef('Forbidden') };
  const failures = { 500: responseRef('InternalServerError'), 503: responseRef('ServiceUnavailable') };
  if (Object.hasOwn(groups, 'changes')) {
    paths[`${basePath}/changes/stream`] = {
      get: {
        operationId: 'changes_stream',
        summary: 'Streams the change feed as server-sent events, from a cursor, in commit order.',
        description:
          'One `changes` message per page of the feed: `data` is the page’s events as a JSON array, `id` the cursor after them, so an `EventSource` that reconnects with `Last-Event-ID` goes on after the last page it received. Needs the `changes.read` permission.',
        tags: ['changes'],
        'x-staffcore-action': 'changes.since',
        'x-staffcore-permission': 'changes.read',
        parameters: [
          { name: 'after', in: 'query', required: false, description: 'The cursor to start after (a `next` of `changes.since`); the start of the feed when left out.', schema: { type: 'string' } },
          { name: 'Last-Event-ID', in: 'header', required: false, description: 'The `id` of the last message received, sent by a reconnecting `EventSource`; it wins over `after`.', schema: { type: 'string' } },
        ],
        responses: { 200: { description: 'The stream.', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...problems, ...failures },
      },
    };
  }
  if (Object.hasOwn(groups, 'reports')) {
    for (const [format, type, schema] of [
      ['csv', 'text/csv', { type: 'string' }],
      ['json', 'application/json', { type: 'array', items: { type: 'object' } }],
    ] as const) {
      paths[`${basePath}/reports/{report}.${format}`] = {
        get: {
          operationId: `reports_stream_${format}`,
          summary: `Streams a report as ${format.toUpperCase()}, written as it is read.`,
          description: `The report's text, \`${type}\`, in the actor's scope. Needs the \`report.run\` permission.`,
          tags: ['reports'],
          'x-staffcore-action': `reports.${format}`,
          'x-staffcore-permission': 'report.run',
          parameters: [
            { name: 'report', in: 'path', required: true, description: 'The report’s name (`customer.snapshot`, …).', schema: { type: 'string' } },
            { name: 'params', in: 'query', required: false, description: 'The report’s parameters, JSON-encoded.', content: { 'application/json': { schema: { type: 'object' } } } },
          ],
          responses: { 200: { description: 'The report.', content: { [type]: { schema } } }, ...problems, 404: responseRef('NotFound'), ...failures },
        },
      };
    }
  }
  return paths;
}

/**
 * An input as HTTP carries it: a report's `sink` (a function that takes the rows or the text as
 * they are read) cannot travel in JSON, so it is left out — over HTTP the streamed report routes
 * (`GET {basePath}/reports/{name}.csv|.json`) take its place.
 */
function withoutSink(schema: JsonSchema): JsonSchema {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties || !Object.hasOwn(properties, 'sink')) return schema;
  const { sink: _sink, ...rest } = properties;
  const required = (schema.required as string[] | undefined)?.filter((name) => name !== 'sink');
  return { ...schema, properties: rest, ...(required === undefined ? {} : { required }) };
}

/** The `GET` form's parameters: one per top-level input field (see `queryFields`). */
function parametersOf(input: JsonSchema): OpenApiParameter[] {
  return queryFields(input).map(({ name, required, encoding, schema }) => {
    const description = typeof schema.description === 'string' ? { description: schema.description } : {};
    return encoding === 'text'
      ? { name, in: 'query', required, ...description, schema }
      : { name, in: 'query', required, ...description, content: { 'application/json': { schema } } };
  });
}

function splitName(name: string): [group: string, member: string] {
  const dot = name.indexOf('.');
  if (dot <= 0 || dot === name.length - 1 || name.indexOf('.', dot + 1) !== -1) throw new TypeError(`[staffcore] an action's name must be group.action, got '${name}'`);
  return [name.slice(0, dot), name.slice(dot + 1)];
}

function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  if (trimmed !== '' && !trimmed.startsWith('/')) throw new TypeError(`[staffcore] basePath must start with '/', got '${basePath}'`);
  return trimmed;
}
