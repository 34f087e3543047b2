import { createStaffcore, type ActionGroups, type StaffcoreOptions } from '../actions/index.js';
import type { ActionDefinition } from '../actions/index.js';
import { fieldError } from '../errors/index.js';
import * as messages from '../errors/messages.js';
import type { ActorInput } from '../model/index.js';
import { changeStream } from './changeStream.js';
import { openApiDocument, type OpenApiDocumentOptions } from './openApiDocument.js';
import { httpProblem, problemOf, type Problem } from './problem.js';
import { inputFromQuery } from './queryInput.js';

/**
 * What {@link createHttpHandler} needs: what `createStaffcore` takes (the store, the action groups to
 * serve, and the optional clock, statuses, standardizer, integrations, reports and custom fields,
 * which the API document describes too) except the actor, which comes from each request through
 * `authenticate`.
 * @category HTTP
 */
export interface HttpHandlerOptions<G extends ActionGroups = ActionGroups> extends Omit<StaffcoreOptions<G>, 'actor'> {
  /**
   * The actor of a request, from the host's own session, token or API key — never from the body;
   * `null` when the request carries none, answered with 401. Called once per request.
   */
  readonly authenticate: (request: Request) => ActorInput | null | Promise<ActorInput | null>;
  /** Where the routes start: `''` (default) or a path such as `/api/staffcore` (no trailing `/`). */
  readonly basePath?: string;
  /** The largest request body read, in bytes; 1 MiB by default. A larger one is refused with 413 and never read whole. */
  readonly maxBodyBytes?: number;
  /** The `WWW-Authenticate` challenge sent with a 401 (e.g. `Bearer realm="staffcore"`); none when left out. */
  readonly challenge?: string;
  /**
   * The API document to serve at `GET {basePath}/openapi.json`, without authentication: its `info`
   * and optionally `servers`, `securitySchemes` and `security` (see `openApiDocument`; the actions,
   * the base path and the custom fields are the handler's). No such route when left out.
   */
  readonly openApi?: Omit<OpenApiDocumentOptions, 'actions' | 'basePath' | 'customFields'>;
  /** The change feed stream at `GET {basePath}/changes/stream` (served when the `changes` group is): how often it asks for new events, in milliseconds (1000 by default), and how many it reads at a time (500). */
  readonly feed?: { readonly pollInterval?: number; readonly pageSize?: number };
  /** Told about every failure answered with a 500 (the response says nothing of it): log it here. */
  readonly onError?: (error: unknown, request: Request) => void;
}

/**
 * A web-standard request handler (the Fetch API's `Request` and `Response`), so the same handler
 * runs under `node:http` (with `toNodeListener`), Hono, Next.js route handlers, Deno, Bun and workers.
 * @category HTTP
 */
export type HttpHandler = (request: Request) => Promise<Response>;

const json = 'application/json; charset=utf-8';
const defaultMaxBody = 1024 * 1024;

/**
 * Serves the given action groups over HTTP, one rule for every action:
 *
 * - `POST {basePath}/{group}/{action}` with the input as a JSON body (`application/json`; an empty
 *   body is `{}`) answers 200 with the result as JSON: `POST /customers/add`.
 * - A read-only action also answers `GET`, its input in the query: one parameter per field, text
 *   fields as they are and any other JSON-encoded (`GET /orders/list?customerId=1&limit=50`). A
 *   list's next page is its `next` cursor given as `after`, the same in every list.
 * - Errors are RFC 9457 problem details (`application/problem+json`, see {@link problemOf}):
 *   `VALIDATION` 400 with the messages by field, `FORBIDDEN` 403, `NOT_FOUND` 404, `CONFLICT` 409,
 *   the business refusals 422, `BUSY` and `STORE` 503, anything else 500 with nothing of the error
 *   in it. No actor: 401; a body that is not JSON: 400, too large: 413, of another type: 415; an
 *   unknown route: 404; a method the route does not take: 405 with `Allow`.
 * - `GET {basePath}/changes/stream` (with the `changes` group) streams the change feed as
 *   server-sent events from a cursor (`?after=` or the `Last-Event-ID` a reconnecting client sends).
 * - `GET {basePath}/reports/{name}.csv` or `.json` (with the `reports` group) streams a report's
 *   text as it is read, `text/csv` or `application/json`, its parameters JSON-encoded in `?params=`.
 * - `GET {basePath}/openapi.json` serves the OpenAPI 3.1 document of the actions served (the `openApi` option).
 *
 * @param options - the store, the groups, `authenticate`, and the optional base path, body limit, document and feed settings
 * @returns the handler
 * @throws StaffcoreError `VALIDATION` for a malformed option
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { allActions } from 'staffcore';
 * import { memoryStore } from 'staffcore/adapters/memory';
 * import { createHttpHandler, toNodeListener } from 'staffcore/http';
 *
 * const handler = createHttpHandler({
 *   store: memoryStore(),
 *   actions: allActions,
 *   basePath: '/api',
 *   authenticate: (request) => sessions.get(request.headers.get('authorization') ?? '') ?? null,
 * });
 * createServer(toNodeListener(handler)).listen(3000);
 * ```
 * @category HTTP
 */
export function createHttpHandler<const G extends ActionGroups>(options: HttpHandlerOptions<G>): HttpHandler {
  if (typeof options?.authenticate !== 'function') throw fieldError('options', ['authenticate'], messages.expected('a function from a request to its actor, or null'));
  const basePath = options.basePath ?? '';
  if (typeof basePath !== 'string' || !/^(\/[A-Za-z0-9._~-]+)*$/.test(basePath)) {
    throw fieldError('options', ['basePath'], messages.expected('a path such as /api/staffcore, without a trailing /'));
  }
  const maxBody = options.maxBodyBytes ?? defaultMaxBody;
  if (!Number.isInteger(maxBody) || maxBody < 1) throw fieldError('options', ['maxBodyBytes'], messages.expected('a whole number of bytes, at least 1'));
  const { authenticate, challenge, openApi, feed, onError, maxBodyBytes: _max, basePath: _base, ...staffcoreOptions } = options;
  // The groups are checked once, as createStaffcore checks them.
  createStaffcore({ ...staffcoreOptions, actor: { id: 'http-check', name: 'HTTP handler', branchId: 'http-check' } } as StaffcoreOptions<G>);
  const groups = options.actions as ActionGroups;
  // Built once, from the same groups, base path and custom fields the handler serves.
  const document = openApi ? JSON.stringify(openApiDocument({ ...openApi, actions: groups, basePath, ...(options.customFields === undefined ? {} : { customFields: options.customFields }) })) : null;

  return async (request) => {
    try {
      const url = new URL(request.url);
      if (!url.pathname.startsWith(`${basePath}/`)) return problemResponse(httpProblem('ROUTE_NOT_FOUND', `No route ${url.pathname}`));
      const route = routeOf(url.pathname.slice(basePath.length + 1));
      if (!route) return problemResponse(httpProblem('ROUTE_NOT_FOUND', `No route ${url.pathname}`));

      if (route.length === 1 && route[0] === 'openapi.json' && document) {
        if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(['GET', 'HEAD']);
        return new Response(document, { headers: { 'content-type': json } });
      }
      const stream = streamOf(route, groups);
      const action = stream ? undefined : actionOf(route, groups);
      if (!stream && !action) return problemResponse(httpProblem('ROUTE_NOT_FOUND', `No route ${url.pathname}`));
      const allowed = stream ? ['GET'] : action!.readOnly ? ['GET', 'POST'] : ['POST'];
      if (!allowed.includes(request.method)) return methodNotAllowed(allowed);

      const actor = await authenticate(request);
      if (actor === null || actor === undefined) {
        return problemResponse(httpProblem('UNAUTHENTICATED', 'The request carries no credentials the host accepts.'), challenge ? { 'www-authenticate': challenge } : {});
      }
      let sc: Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
      try {
        sc = createStaffcore({ ...staffcoreOptions, actor } as StaffcoreOptions<G>) as unknown as typeof sc;
      } catch (error) {
        // An actor `authenticate` made that is not an actor is the host's failure, not the client's.
        tell(onError, error, request);
        return problemResponse(problemOf(new Error('authenticate returned a malformed actor')));
      }

      if (stream?.kind === 'changes') {
        const after = request.headers.get('last-event-id') ?? url.searchParams.get('after') ?? undefined;
        return await changeStream((input) => sc['changes']!['since']!(input) as never, after, request.signal, feed);
      }
      if (stream?.kind === 'report') return await reportStream(sc, stream, url);

      const input = await inputOf(request, url, action!, maxBody);
      if ('problem' in input) return problemResponse(input.problem);
      const [group, name] = route as [string, string];
      const result = await sc[group]![name]!(input.value);
      return new Response(JSON.stringify(result), { headers: { 'content-type': json } });
    } catch (error) {
      const problem = safeProblemOf(error);
      if (problem.status === 500) tell(onError, error, request);
      return problemResponse(problem);
    }
  };
}

/** A path's segments, decoded; `null` for a segment that is not valid percent-encoding. */
function routeOf(path: string): string[] | null {
  try {
    return path.split('/').map(decodeURIComponent);
  } catch {
    return null;
  }
}

/** Tells the host's `onError`; a failing `onError` does not keep the request from its answer. */
function tell(onError: HttpHandlerOptions['onError'], error: unknown, request: Request): void {
  try {
    onError?.(error, request);
  } catch {
    // The host's logger failed; the client still gets its 500.
  }
}

/**
 * The problem of an error, and a bare `INTERNAL` one when even describing it fails (an error whose
 * details cannot be read): the handler always answers, never rejects.
 */
function safeProblemOf(error: unknown): Problem {
  try {
    return problemOf(error);
  } catch {
    return problemOf(undefined);
  }
}

/** The action a route names, when the handler serves its group. */
function actionOf(route: readonly string[], groups: ActionGroups): ActionDefinition | undefined {
  if (route.length !== 2) return undefined;
  const [group, name] = route as [string, string];
  return Object.hasOwn(groups, group) && Object.hasOwn(groups[group]!, name) ? groups[group]![name] : undefined;
}

/** A streamed route: the change feed, or a report's text. */
type Stream = { readonly kind: 'changes' } | { readonly kind: 'report'; readonly name: string; readonly format: 'csv' | 'json' };

function streamOf(route: readonly string[], groups: ActionGroups): Stream | undefined {
  if (route.length !== 2) return undefined;
  if (route[0] === 'changes' && route[1] === 'stream' && Object.hasOwn(groups, 'changes')) return { kind: 'changes' };
  const report = route[0] === 'reports' && Object.hasOwn(groups, 'reports') ? /^(.+)\.(csv|json)$/.exec(route[1]!) : null;
  return report ? { kind: 'report', name: report[1]!, format: report[2] as 'csv' | 'json' } : undefined;
}

/** The input of an action call: the JSON body of a POST, the query of a GET. */
async function inputOf(request: Request, url: URL, action: ActionDefinition, maxBody: number): Promise<{ readonly value: unknown } | { readonly problem: Problem }> {
  if (request.method === 'GET') {
    const read = inputFromQuery(action.input, url.searchParams);
    return 'repeated' in read ? { problem: httpProblem('BAD_REQUEST', `The query parameter ${read.repeated} is given more than once.`) } : { value: read.input };
  }
  const body = await bodyOf(request, maxBody);
  if ('problem' in body) return body;
  if (body.text.trim() === '') return { value: {} };
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    return { problem: httpProblem('UNSUPPORTED_MEDIA_TYPE', `The body must be application/json, not ${type === '' ? 'untyped' : type}.`) };
  }
  try {
    return { value: JSON.parse(body.text) as unknown };
  } catch {
    return { problem: httpProblem('BAD_REQUEST', 'The body is not valid JSON.') };
  }
}

/** A request's body as text, read no further than the limit. */
async function bodyOf(request: Request, maxBody: number): Promise<{ readonly text: string } | { readonly problem: Problem }> {
  const tooLarge = { problem: httpProblem('PAYLOAD_TOO_LARGE', `The body is larger than ${maxBody} bytes.`) };
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBody) return tooLarge;
  if (!request.body) return { text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBody) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: httpProblem('BAD_REQUEST', 'The body is not UTF-8 text.') };
  }
}

/** A report's CSV or JSON text, streamed as the report is read. */
async function reportStream(sc: Record<string, Record<string, (input?: unknown) => Promise<unknown>>>, stream: Extract<Stream, { kind: 'report' }>, url: URL): Promise<Response> {
  const raw = url.searchParams.get('params');
  let params: unknown = {};
  if (raw !== null) {
    try {
      params = JSON.parse(raw) as unknown;
    } catch {
      return problemResponse(httpProblem('BAD_REQUEST', 'The params query parameter is not valid JSON.'));
    }
  }
  const encoder = new TextEncoder();
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const call = sc['reports']![stream.format]!;
  // The first chunk decides the answer: a refusal before any text is a problem, not a broken stream.
  let started!: () => void;
  const firstChunk = new Promise<void>((resolve) => (started = resolve));
  const sink = async (chunk: string) => {
    started();
    await writer.write(encoder.encode(chunk));
  };
  const outcome = call({ name: stream.name, params, sink }).then(
    async () => {
      await writer.close();
      return null;
    },
    async (error: unknown) => {
      await writer.abort(error).catch(() => undefined);
      return { error };
    },
  );
  const first = await Promise.race([firstChunk.then(() => null), outcome]);
  if (first !== null) throw first.error;
  return new Response(readable, { headers: { 'content-type': stream.format === 'csv' ? 'text/csv; charset=utf-8' : json } });
}

function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  const extra: Record<string, string> = problem.code === 'BUSY' ? { 'retry-after': '1' } : {};
  return new Response(JSON.stringify(problem), { status: problem.status, headers: { 'content-type': 'application/problem+json', ...extra, ...headers } });
}

function methodNotAllowed(allowed: readonly string[]): Response {
  return problemResponse(httpProblem('METHOD_NOT_ALLOWED', `This route takes ${allowed.join(' or ')}.`), { allow: allowed.join(', ') });
}
