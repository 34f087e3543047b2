import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allActions, standardRoles, type ActorInput } from '../../src/index.js';
import { createHttpHandler, openApiDocument, toNodeListener } from '../../src/http/index.js';
import { buildAgency, clock, type Agency } from '../helpers/agency.js';

/**
 * A client generated from the OpenAPI document, in a project of its own: openapi-typescript turns
 * the document into `paths`, a small program calls the API through openapi-fetch's
 * `createClient<paths>`, `tsc` (strict) compiles it — and refuses a wrong call — and the compiled
 * program runs against a real node:http server on loopback.
 */

const info = { title: 'staffcore', version: '1.0.0' };
const document = openApiDocument({ actions: allActions, info, basePath: '/api', securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } });

/** The client program: every call typed by the generated `paths`, every value read from typed `data` or `error`. */
const clientProgram = String.raw`
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.js';

type Problem = components['schemas']['Problem'];
/** Compiles only when A is exactly B (any is neither string nor unknown). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typed = <T extends true>(): void => undefined;

export async function run(baseUrl: string, token: string) {
  const client = createClient<paths>({ baseUrl, headers: { authorization: 'Bearer ' + token } });

  const added = await client.POST('/api/customers/add', { body: { name: 'Harbor Foods', phone: '+1 612 555 0100' } });
  if (!added.data) throw new Error('add: ' + added.response.status);
  const customer = added.data.customer;
  const id: string = customer.id;

  const got = await client.GET('/api/customers/get', { params: { query: { id } } });
  if (!got.data) throw new Error('get: ' + got.response.status);
  const name: string = got.data.customer.name;

  for (const other of ['Harbor Fish', 'Harbor Freight']) await client.POST('/api/customers/add', { body: { name: other } });
  const search = async (after: string | null) => {
    const page = await client.POST('/api/customers/search', { body: { text: 'harbor', limit: 2, after } });
    if (!page.data) throw new Error('search: ' + page.response.status);
    return page.data;
  };
  const pages: string[][] = [];
  for (let page = await search(null); ; page = await search(page.next)) {
    pages.push(page.items.map((item) => item.name));
    if (page.next === null || pages.length === 10) break;
  }

  const changed = await client.POST('/api/customers/changeStatus', { body: { id, to: 'A', version: customer.version } });
  if (!changed.data) throw new Error('changeStatus: ' + changed.response.status);
  const status: string = changed.data.customer.status;
  const events: number = changed.data.events.length;

  const held = await client.POST('/api/customers/changeStatus', { body: { id, to: 'H', reason: 'credit check', version: changed.data.customer.version } });
  const blocked = await client.POST('/api/orders/create', { body: { customerId: id, jobTitle: 'Picker', startDate: '2026-12-07' } });
  const refusal: Problem | undefined = blocked.error;
  const missing = await client.GET('/api/customers/get', { params: { query: { id: 'no-such-record' } } });

  const invalid = await client.POST('/api/customers/add', { body: { name: ' ', email: 'nope' } });
  const errors: Record<string, string[]> | undefined = invalid.error?.errors;

  // The values are typed, not any: a customer's fields, a list's cursor, a problem's code, details and messages by field.
  typed<Equal<typeof customer.id, string>>();
  typed<Equal<typeof customer.parentId, string | null>>();
  typed<Equal<Awaited<ReturnType<typeof search>>['next'], string | null>>();
  typed<Equal<NonNullable<typeof invalid.error>['code'], string>>();
  typed<Equal<NonNullable<typeof invalid.error>['errors'], { [key: string]: string[] } | undefined>>();
  typed<Equal<Problem['details'], { [key: string]: unknown } | undefined>>();

  return {
    added: { status: added.response.status, id, name: customer.name, version: customer.version },
    got: { status: got.response.status, name },
    pages,
    changed: { status, events },
    held: held.data?.customer.status,
    blocked: { status: blocked.response.status, data: blocked.data, code: refusal?.code, details: refusal?.details },
    missing: { status: missing.response.status, code: missing.error?.code, type: missing.error?.type },
    invalid: { status: invalid.response.status, code: invalid.error?.code, errors },
  };
}
`;

/** Wrong calls, one a line: each must fail to compile (line, TypeScript's code, what it names). */
const wrongCalls = [
  ["client.POST('/api/customers/add', { body: { phone: '+1 612 555 0100' } });", 2322, /Property 'name' is missing/],
  ["client.GET('/api/customers/get', { params: { query: {} } });", 2741, /Property 'id' is missing/],
  ["client.POST('/api/customers/changeStatus', { body: { id: '1', to: 'A', version: '3' } });", 2322, /'string' is not assignable to type 'number'/],
  ["client.POST('/api/customers/remove', { body: {} });", 2345, /customers\/remove/],
  ["client.GET('/api/customers/add', {});", 2345, /customers\/add/],
  ["(await client.GET('/api/customers/get', { params: { query: { id: '1' } } })).data?.customer.nmae;", 2339, /Property 'nmae' does not exist/],
] as const;
const wrongProgram = [
  "import createClient from 'openapi-fetch';",
  "import type { paths } from './schema.js';",
  "const client = createClient<paths>({ baseUrl: 'http://127.0.0.1' });",
  ...wrongCalls.map(([call]) => call),
  'export {};',
].join('\n');
const firstWrongLine = 3; // zero-based line of the first wrong call

/** The client project's compiler options: strict, as a front end's would be. */
const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    outDir: 'dist',
    rootDir: 'src',
  },
  include: ['src'],
};

let project: string;
let generated: string;
let program: ts.Program;

let server: Server;
let baseUrl: string;
let agency: Agency;

beforeAll(async () => {
  // The client project: its own package.json and tsconfig, openapi-fetch its only dependency.
  project = await mkdtemp(join(tmpdir(), 'staffcore-client-'));
  await mkdir(join(project, 'src'));
  await mkdir(join(project, 'node_modules'));
  await symlink(fileURLToPath(new URL('../../node_modules/openapi-fetch', import.meta.url)), join(project, 'node_modules', 'openapi-fetch'), 'dir');
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'staffcore-client', private: true, type: 'module', dependencies: { 'openapi-fetch': '*' } }));
  await writeFile(join(project, 'tsconfig.json'), JSON.stringify(tsconfig));

  // The types, generated from the document as a client would from GET /api/openapi.json.
  generated = astToString(await openapiTS(JSON.parse(JSON.stringify(document)) as never));
  await writeFile(join(project, 'src', 'schema.d.ts'), generated);
  await writeFile(join(project, 'src', 'client.ts'), clientProgram);
  await writeFile(join(project, 'src', 'wrong.ts'), wrongProgram);

  const config = ts.getParsedCommandLineOfConfigFile(join(project, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  if (!config) throw new Error('no tsconfig');
  expect(config.errors).toEqual([]);
  program = ts.createProgram({ rootNames: config.fileNames, options: config.options });

  // The server: every group under /api, bearer tokens naming the agency's people.
  agency = await buildAgency();
  const people: Record<string, ActorInput> = {
    'token-dana': agency.dana,
    'token-ada': { id: 'ada', name: 'Ada', branchId: agency.ids.company, roles: [standardRoles.administrator] },
  };
  const handler = createHttpHandler({
    store: agency.store,
    clock,
    actions: allActions,
    basePath: '/api',
    authenticate: (request) => people[(request.headers.get('authorization') ?? '').replace(/^Bearer /, '')] ?? null,
  });
  server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  if (project) await rm(project, { recursive: true, force: true });
});

const diagnosticsOf = (file: string) =>
  ts.getPreEmitDiagnostics(program, program.getSourceFile(join(project, 'src', file))).map((diagnostic) => ({
    file: diagnostic.file?.fileName.slice(project.length + 1),
    line: diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line : undefined,
    code: diagnostic.code,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));

describe('a client generated from the OpenAPI document', () => {
  it('openapi-typescript types every path of the document', () => {
    expect(generated).toContain('export interface paths');
    for (const path of Object.keys(document.paths)) expect(generated, path).toContain(`"${path}": {`);
    expect(generated).toMatch(/customers_get_query: \{\s+parameters: \{\s+query: \{\s+id: string;/);
    // A problem's details are an object of the code's facts, not an empty one.
    expect(generated).toMatch(/details\?: \{\s+\[key: string\]: unknown;\s+\};/);
  });

  it('compiles with strict tsc: the client program and the generated types without a diagnostic', () => {
    expect(program.getCompilerOptions().strict).toBe(true);
    expect(diagnosticsOf('schema.d.ts')).toEqual([]);
    expect(diagnosticsOf('client.ts')).toEqual([]);
    expect(ts.getPreEmitDiagnostics(program).filter((d) => !d.file?.fileName.endsWith('wrong.ts'))).toEqual([]);
  });

  it('refuses to compile a wrong call: a missing required field, a wrong type, an unknown path or method, a misspelt result field', () => {
    const found = diagnosticsOf('wrong.ts');
    for (const [index, [call, code, message]] of wrongCalls.entries()) {
      const here = found.filter((diagnostic) => diagnostic.line === firstWrongLine + index);
      expect(here, call).toContainEqual(expect.objectContaining({ code, message: expect.stringMatching(message) }));
    }
    // Nothing else is wrong with it: each wrong line fails, and only those.
    expect(new Set(found.map((diagnostic) => diagnostic.line))).toEqual(new Set(wrongCalls.map((_, index) => firstWrongLine + index)));
  });

  it('calls the real server with types: add, get (GET), search paged with after, changeStatus, a refusal and a validation error', async () => {
    const emitted = program.emit(program.getSourceFile(join(project, 'src', 'client.ts')));
    expect(emitted.diagnostics).toEqual([]);
    const client = (await import(pathToFileURL(join(project, 'dist', 'client.js')).href)) as { run: (baseUrl: string, token: string) => Promise<Record<string, unknown>> };
    const outcome = await client.run(baseUrl, 'token-dana');
    expect(outcome['added']).toMatchObject({ status: 200, name: 'Harbor Foods', version: 1 });
    expect(outcome['got']).toEqual({ status: 200, name: 'Harbor Foods' });
    const pages = outcome['pages'] as string[][];
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(pages.flat().sort()).toEqual(['Harbor Fish', 'Harbor Foods', 'Harbor Freight']);
    expect(outcome['changed']).toEqual({ status: 'A', events: 1 });
    expect(outcome['held']).toBe('H');
    const id = (outcome['added'] as { id: string }).id;
    expect(outcome['blocked']).toEqual({ status: 422, data: undefined, code: 'STATUS_BLOCKED', details: expect.objectContaining({ entity: 'customers', id }) });
    expect(outcome['missing']).toEqual({ status: 404, code: 'NOT_FOUND', type: 'https://staffcore.dev/problems/not-found' });
    expect(outcome['invalid']).toEqual({ status: 400, code: 'VALIDATION', errors: { name: ['must not be blank'], email: ['must be a valid e-mail address'] } });
  });
});
