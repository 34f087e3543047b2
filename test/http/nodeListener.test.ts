import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { allActions, type ActorInput } from '../../src/index.js';
import { createHttpHandler, toNodeListener, type HttpHandler } from '../../src/http/index.js';
import { buildAgency, clock } from '../helpers/agency.js';

/** A failure that answers nothing: the server must still answer, and the process must not see an unhandled rejection. */

let server: Server | undefined;
afterEach(async () => {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server!.close(() => resolve()));
  server = undefined;
});

async function serve(handler: HttpHandler): Promise<string> {
  server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Sends raw bytes and reads what comes back until the server closes or a second passes. */
function raw(base: string, text: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
    socket.setTimeout(1000, () => socket.destroy());
  });
}

const ok = (): Response => new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });

describe('toNodeListener when the handler fails', () => {
  it('answers a bare 500 problem when the handler rejects, and goes on serving', async () => {
    let calls = 0;
    const base = await serve(async () => {
      if (calls++ === 0) throw new Error('secret: pool.query is not a function');
      return ok();
    });
    const failed = await fetch(`${base}/x`);
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toBe('application/problem+json');
    const text = await failed.text();
    expect(JSON.parse(text)).toMatchObject({ status: 500, code: 'INTERNAL' });
    expect(text).not.toContain('secret');
    expect((await fetch(`${base}/x`)).status).toBe(200);
  });

  it('cuts the response when its body fails after the headers went out, and goes on serving', async () => {
    let calls = 0;
    const base = await serve(async () => {
      if (calls++ > 0) return ok();
      const encoder = new TextEncoder();
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (!sent) {
            sent = true;
            controller.enqueue(encoder.encode('id,name\n1,Acme\n'));
          } else controller.error(new Error('the report failed half-way'));
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/csv' } });
    });
    // The client sees a broken response (the connection closes before the body ends), never a complete one.
    const outcome = await fetch(`${base}/reports/x.csv`).then((response) => response.text()).then(
      () => 'complete',
      () => 'cut',
    );
    expect(outcome).toBe('cut');
    expect((await fetch(`${base}/x`)).status).toBe(200);
  });

  it('answers a request whose Host header makes no URL', async () => {
    const base = await serve(async () => ok());
    const answer = await raw(base, 'GET /x HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 (400|500) /);
    expect((await fetch(`${base}/x`)).status).toBe(200);
  });
});

describe('createHttpHandler when describing the error fails', () => {
  it('answers a bare 500 for an error that cannot even be read, and a failing onError does not keep the answer back', async () => {
    const agency = await buildAgency();
    const unreadable = new Proxy(
      {},
      {
        get() {
          throw new Error('secret: unreadable');
        },
        getPrototypeOf() {
          throw new Error('secret: unreadable');
        },
      },
    );
    const told: unknown[] = [];
    const handler = createHttpHandler({
      store: agency.store,
      clock,
      actions: allActions,
      authenticate: (): ActorInput => {
        throw unreadable;
      },
      onError: (error) => {
        told.push(error);
        throw new Error('the logger is down');
      },
    });
    const response = await handler(new Request('http://localhost/customers/get?id=1'));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ type: 'https://staffcore.dev/problems/internal', title: 'Internal error', status: 500, code: 'INTERNAL', detail: 'The request failed unexpectedly; nothing was written.' });
    expect(told).toHaveLength(1);
    expect(told[0] === unreadable).toBe(true);
  });
});
