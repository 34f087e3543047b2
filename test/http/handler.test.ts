import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allActions, standardRoles, type ActorInput } from '../../src/index.js';
import { createHttpHandler, toNodeListener, type Problem } from '../../src/http/index.js';
import { buildAgency, clock, type Agency } from '../helpers/agency.js';

/** A real node:http server on loopback serving every group under /api, with bearer tokens naming the agency's reps. */
let server: Server;
let base: string;
let agency: Agency;
const failures: unknown[] = [];

beforeAll(async () => {
  agency = await buildAgency();
  const reps: Record<string, ActorInput> = {
    'token-dana': agency.dana,
    'token-lee': agency.lee,
    'token-ada': { id: 'ada', name: 'Ada', branchId: agency.ids.company, roles: [standardRoles.administrator] },
    'token-broken': { id: '', name: '', branchId: '' } as ActorInput,
  };
  const handler = createHttpHandler({
    store: agency.store,
    clock,
    actions: allActions,
    basePath: '/api',
    maxBodyBytes: 4096,
    challenge: 'Bearer realm="staffcore"',
    openApi: { info: { title: 'test', version: '1' }, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    feed: { pollInterval: 50 },
    authenticate: (request) => reps[(request.headers.get('authorization') ?? '').replace(/^Bearer /, '')] ?? null,
    onError: (error) => failures.push(error),
  });
  server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const as = (token: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } });
const post = (path: string, body: unknown, token = 'token-dana') =>
  fetch(`${base}${path}`, as(token, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }));
async function problem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as Problem;
}

describe('the HTTP handler on a node:http server', () => {
  it('runs an action with a JSON body and answers its result; a read-only action answers GET with its input in the query', async () => {
    const added = await post('/customers/add', { name: 'Harbor Foods', phone: '+1 612 555 0100' });
    expect(added.status).toBe(200);
    expect(added.headers.get('content-type')).toMatch(/^application\/json/);
    const { customer } = (await added.json()) as { customer: { id: string; name: string; status: string; version: number } };
    expect(customer).toMatchObject({ name: 'Harbor Foods', status: 'P' });
    const got = await fetch(`${base}/customers/get?id=${customer.id}`, as('token-dana'));
    expect(((await got.json()) as { customer: { id: string } }).customer.id).toBe(customer.id);
    // Paging: the same cursor in every list, given back as `after`.
    for (const name of ['Harbor Fish', 'Harbor Freight']) await post('/customers/add', { name });
    // (A search remembers itself as the rep's last search, so it is a POST.)
    const first = (await (await post('/customers/search', { text: 'harbor', limit: 2 })).json()) as { items: { name: string }[]; next: string | null };
    expect(first.items).toHaveLength(2);
    const rest = (await (await post('/customers/search', { text: 'harbor', limit: 2, after: first.next })).json()) as { items: { name: string }[]; next: string | null };
    expect([...first.items, ...rest.items].map((c) => c.name).sort()).toEqual(['Harbor Fish', 'Harbor Foods', 'Harbor Freight']);
    expect(rest.next).toBeNull();
    // A read-only list pages by GET, numbers JSON-encoded in the query and the cursor as it is.
    for (const title of ['Call back', 'Send the contract', 'Visit the dock']) await post('/tasks/add', { customerId: customer.id, title });
    const tasks = (await (await fetch(`${base}/tasks/list?${new URLSearchParams({ customerId: customer.id, limit: '2' })}`, as('token-dana'))).json()) as { items: unknown[]; next: string };
    const more = (await (await fetch(`${base}/tasks/list?${new URLSearchParams({ customerId: customer.id, limit: '2', after: tasks.next })}`, as('token-dana'))).json()) as { items: unknown[]; next: string | null };
    expect([tasks.items.length, more.items.length, more.next]).toEqual([2, 1, null]);
    const changed = await post('/customers/changeStatus', { id: customer.id, to: 'A', version: customer.version });
    expect(((await changed.json()) as { customer: { status: string } }).customer.status).toBe('A');
  });

  it('answers refusals as problem details with the statuses a front end expects', async () => {
    const invalid = await problem(await post('/customers/add', { name: ' ', email: 'nope' }), 400);
    expect(invalid).toMatchObject({ code: 'VALIDATION', status: 400, errors: { name: ['must not be blank'], email: ['must be a valid e-mail address'] } });
    expect((await problem(await post('/customers/get', { id: '999999' }), 404)).code).toBe('NOT_FOUND');
    const { customer } = (await (await post('/customers/add', { name: 'Stale Foods' })).json()) as { customer: { id: string } };
    await post('/customers/update', { id: customer.id, version: 1, changes: { notes: 'first' } });
    expect((await problem(await post('/customers/update', { id: customer.id, version: 1, changes: { notes: 'second' } }), 409)).code).toBe('CONFLICT');
    await post('/customers/changeStatus', { id: customer.id, to: 'H', reason: 'credit check' });
    const blocked = await problem(await post('/orders/create', { customerId: customer.id, jobTitle: 'Picker', startDate: '2026-12-07' }), 422);
    expect(blocked).toMatchObject({ code: 'STATUS_BLOCKED', details: { id: customer.id } });
    expect((await problem(await post('/hierarchy/addLevel', { name: 'Duluth', parentId: agency.ids.midwest }), 403)).code).toBe('FORBIDDEN');
  });

  it('refuses what is not a call: no actor 401, not JSON 400, too large 413, another type 415, no route 404, wrong method 405', async () => {
    const anonymous = await fetch(`${base}/customers/get?id=1`);
    expect((await problem(anonymous, 401)).code).toBe('UNAUTHENTICATED');
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="staffcore"');
    const notJson = await fetch(`${base}/customers/add`, as('token-dana', { method: 'POST', body: '{ name:', headers: { 'content-type': 'application/json' } }));
    expect((await problem(notJson, 400)).code).toBe('BAD_REQUEST');
    const large = await post('/customers/add', { name: 'Big', notes: 'x'.repeat(5000) });
    expect((await problem(large, 413)).code).toBe('PAYLOAD_TOO_LARGE');
    const text = await fetch(`${base}/customers/add`, as('token-dana', { method: 'POST', body: 'name=Acme', headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    expect((await problem(text, 415)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await problem(await fetch(`${base}/customers/remove`, as('token-dana', { method: 'POST' })), 404)).code).toBe('ROUTE_NOT_FOUND');
    expect((await problem(await fetch(`${base.replace('/api', '/elsewhere')}/customers/get`), 404)).code).toBe('ROUTE_NOT_FOUND');
    expect((await problem(await fetch(`${base}/customers/%E0%A4%A`, as('token-dana', { method: 'POST' })), 404)).code).toBe('ROUTE_NOT_FOUND');
    const wrong = await fetch(`${base}/customers/add`, as('token-dana'));
    expect((await problem(wrong, 405)).code).toBe('METHOD_NOT_ALLOWED');
    expect(wrong.headers.get('allow')).toBe('POST');
    const readable = await fetch(`${base}/customers/get`, as('token-dana', { method: 'DELETE' }));
    expect(readable.headers.get('allow')).toBe('GET, POST');
  });

  it('answers a host failure with a bare 500 and tells onError, never the error’s text', async () => {
    const response = await fetch(`${base}/customers/get?id=1`, as('token-broken'));
    const body = await problem(response, 500);
    expect(body).toEqual({ type: 'https://staffcore.dev/problems/internal', title: 'Internal error', status: 500, detail: 'The request failed unexpectedly; nothing was written.', code: 'INTERNAL' });
    expect(failures.length).toBeGreaterThan(0);
  });

  it('serves the API document without credentials', async () => {
    const response = await fetch(`${base}/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/customers/add');
  });

  it('streams a report as CSV with its content type', async () => {
    const { customer } = (await (await post('/customers/add', { name: 'Report, Inc.' })).json()) as { customer: { id: string } };
    const response = await fetch(`${base}/reports/customer.snapshot.csv?${new URLSearchParams({ params: JSON.stringify({ customerId: customer.id }) })}`, as('token-dana'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = await response.text();
    expect(csv.split('\r\n')[1]).toContain('"Report, Inc."');
    const refused = await fetch(`${base}/reports/customer.snapshot.csv?${new URLSearchParams({ params: JSON.stringify({ customerId: '999999' }) })}`, as('token-dana'));
    expect((await problem(refused, 404)).code).toBe('NOT_FOUND');
  });
});

/** Reads server-sent events from a response as a real EventSource client would: messages split on blank lines. */
async function* events(response: Response): AsyncGenerator<{ id?: string; event?: string; data?: string }> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const message: { id?: string; event?: string; data?: string } = {};
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        const field = line.slice(0, colon);
        const text = line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id' || field === 'event' || field === 'data') message[field] = text;
      }
      if (message.data !== undefined) yield message;
    }
  }
}

describe('the change feed stream', () => {
  it('sends every committed event once, in order, and a client resumes after the last page with Last-Event-ID', async () => {
    const seen: number[] = [];
    const first = new AbortController();
    const stream = await fetch(`${base}/changes/stream`, as('token-ada', { signal: first.signal }));
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    let lastId: string | undefined;
    const reading = (async () => {
      for await (const message of events(stream)) {
        expect(message.event).toBe('changes');
        for (const event of JSON.parse(message.data!) as { id: string }[]) seen.push(Number(event.id));
        lastId = message.id;
        if (seen.length >= 3 && lastId) break;
      }
    })();
    await post('/customers/add', { name: 'Streamed Foods' });
    await reading;
    first.abort();
    const upTo = seen.at(-1)!;
    // Written while no client listens; a reconnect with Last-Event-ID gets exactly what followed.
    await post('/customers/add', { name: 'Missed Foods' });
    const again = await fetch(`${base}/changes/stream`, as('token-ada', { headers: { 'last-event-id': lastId! } }));
    const resumed: number[] = [];
    for await (const message of events(again)) {
      resumed.push(...(JSON.parse(message.data!) as { id: string }[]).map((event) => Number(event.id)));
      if (resumed.length > 0) break;
    }
    expect(resumed[0]).toBe(upTo + 1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('serves a real EventSource client, which reconnects after a dropped connection with Last-Event-ID and misses nothing', async () => {
    const positions: number[] = [];
    const lastIds: (string | null)[] = [];
    const source = new EventSource(`${base}/changes/stream`, {
      fetch: (input, init) => fetch(input, { ...init, headers: { ...init.headers, authorization: 'Bearer token-ada' } }),
    });
    const received = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (positions.length >= count ? resolve() : setTimeout(check, 10));
        check();
      });
    let opened = 0;
    source.addEventListener('open', () => opened++);
    source.addEventListener('changes', (message) => {
      lastIds.push(message.lastEventId);
      for (const event of JSON.parse(message.data) as { id: string }[]) positions.push(Number(event.id));
    });
    try {
      await received(1);
      const before = positions.length;
      // The connection drops (a proxy restart, say); meanwhile a write commits.
      server.closeAllConnections();
      // (The test's own keep-alive connections went too; let the client notice before it sends again.)
      await new Promise((resolve) => setTimeout(resolve, 100));
      await post('/customers/add', { name: 'While Away Foods' });
      await received(before + 1);
      expect(opened).toBeGreaterThanOrEqual(2);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(positions).size).toBe(positions.length);
      // Every position from the first received to the last, none missed.
      expect(positions.at(-1)! - positions[0]! + 1).toBe(positions.length);
      expect(lastIds.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    } finally {
      source.close();
    }
  });

  it('refuses a rep without changes.read before the stream starts', async () => {
    expect((await problem(await fetch(`${base}/changes/stream`, as('token-dana')), 403)).code).toBe('FORBIDDEN');
  });
});
