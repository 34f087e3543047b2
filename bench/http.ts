/**
 * 41. Every action over HTTP (issue #22): `customers.get` and `customers.add` through
 * `createHttpHandler` on a `node:http` server on loopback, against the same actions called
 * directly, and against a hand-written `node:http` route doing the same call (parse the body or
 * the query, check a token, call the action, write JSON) — what a host writes without the handler.
 * Target: the handler within 1.3× of the hand-written route. `npm run bench -- http`.
 *
 * The book: 2,000 customers whose names share words, in a memory store; every client is Node's
 * own `fetch` with keep-alive, requests one after another (latency, not throughput).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bootstrapHierarchy, createStaffcore, customers, standardRoles, type ActorInput } from '../src/index.js';
import { memoryStore } from '../src/adapters/memory/index.js';
import { createHttpHandler, problemOf, toNodeListener } from '../src/http/index.js';
import { printTable } from './measure.js';

const words = ['Acme', 'Harbor', 'North', 'Star', 'Foods', 'Logistics', 'Staffing', 'Tools', 'Metal', 'Works', 'Supply', 'Valley'];

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The best of `rounds` runs of `count` calls, per call, in microseconds. */
async function perCall(count: number, rounds: number, call: (i: number) => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < count; i++) await call(i);
    best = Math.min(best, ((performance.now() - start) * 1000) / count);
  }
  return best;
}

/** Runs the HTTP benchmark and prints its table. */
export async function benchHttp(): Promise<void> {
  const store = memoryStore();
  const company = await bootstrapHierarchy(store, { name: 'Northstar' });
  const dana: ActorInput = { id: 'dana', name: 'Dana', branchId: company.id, roles: [standardRoles.salesRep] };
  const direct = createStaffcore({ store, actor: dana, actions: { customers } });
  const rows = Array.from({ length: 2000 }, (_, i) => ({ name: `${words[i % 12]} ${words[(i * 7) % 12]} ${words[(i * 5) % 12]} ${i}` }));
  const { added } = await direct.customers.addMany({ rows });
  const ids = added.map((row) => row.customer.id);
  const token = 'Bearer dana-token';
  const authenticate = (request: { headers: { get(name: string): string | null } }) => (request.headers.get('authorization') === token ? dana : null);

  const handlerServer = createServer(toNodeListener(createHttpHandler({ store, actions: { customers }, authenticate })));
  // The hand-written route: what a host writes for these two actions without the handler.
  const handWritten = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const send = (status: number, body: unknown, type = 'application/json; charset=utf-8') => {
      response.writeHead(status, { 'content-type': type });
      response.end(JSON.stringify(body));
    };
    try {
      if (request.headers.authorization !== token) return send(401, { code: 'UNAUTHENTICATED' });
      const sc = createStaffcore({ store, actor: dana, actions: { customers } });
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (request.method === 'GET' && url.pathname === '/customers/get') return send(200, await sc.customers.get({ id: url.searchParams.get('id')! }));
      if (request.method === 'POST' && url.pathname === '/customers/add') {
        let text = '';
        for await (const chunk of request) text += chunk;
        return send(200, await sc.customers.add(JSON.parse(text)));
      }
      send(404, { code: 'ROUTE_NOT_FOUND' });
    } catch (error) {
      const problem = problemOf(error);
      send(problem.status, problem, 'application/problem+json');
    }
  });
  const viaHandler = await listen(handlerServer);
  const viaHand = await listen(handWritten);
  const headers = { authorization: token, 'content-type': 'application/json' };
  const get = (base: string) => (i: number) => fetch(`${base}/customers/get?id=${ids[(i * 37) % ids.length]}`, { headers }).then((r) => r.json());
  let n = 0;
  const add = (base: string) => () => fetch(`${base}/customers/add`, { method: 'POST', headers, body: JSON.stringify({ name: `${words[n % 12]} ${words[++n % 12]} Annex ${n}` }) }).then((r) => r.json());

  const count = 400;
  const rounds = 3;
  // Warm up every path once.
  for (const call of [get(viaHandler), get(viaHand), add(viaHandler), add(viaHand)]) await perCall(50, 1, call);
  const results = [
    ['customers.get', await perCall(count, rounds, (i) => direct.customers.get({ id: ids[(i * 37) % ids.length]! })), await perCall(count, rounds, get(viaHand)), await perCall(count, rounds, get(viaHandler))],
    ['customers.add', await perCall(count, rounds, () => direct.customers.add({ name: `${words[n % 12]} ${words[++n % 12]} Direct ${n}` })), await perCall(count, rounds, add(viaHand)), await perCall(count, rounds, add(viaHandler))],
  ] as const;
  handlerServer.closeAllConnections();
  handWritten.closeAllConnections();
  handlerServer.close();
  handWritten.close();
  const us = (value: number) => `${Math.round(value).toLocaleString('en-US')} µs`;
  printTable(
    `41. customers.get and customers.add over HTTP on loopback (memory store, 2,000 customers sharing words; ${count} calls one after another, best of ${rounds})\n` +
      '    baseline = a hand-written node:http route doing the same call — ratio = handler / hand-written (target ≤ 1.3×)',
    ['action', 'direct call', 'hand-written route', 'createHttpHandler', 'ratio'],
    results.map(([name, call, hand, handler]) => [name, us(call), us(hand), us(handler), `${(handler / hand).toFixed(2)}×`]),
  );
}
