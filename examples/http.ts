import { createServer } from 'node:http';
import { bootstrapHierarchy, customers, standardRoles } from 'staffcore';
import { memoryStore } from 'staffcore/adapters/memory';
import { createHttpHandler, toNodeListener } from 'staffcore/http';

const store = memoryStore();
const company = await bootstrapHierarchy(store, { name: 'Northstar Staffing' });
const dana = { id: 'dana', name: 'Dana Reyes', branchId: company.id, roles: [standardRoles.salesRep] };
const handler = createHttpHandler({
  store,
  actions: { customers },
  basePath: '/api',
  // The actor comes from the host's own session or token, never from the body.
  authenticate: (request) => (request.headers.get('authorization') === 'Bearer dana-token' ? dana : null),
  openApi: { info: { title: 'Northstar API', version: '1.0.0' } }, // served at /api/openapi.json
});
const server = createServer(toNodeListener(handler)).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/customers/add`;

const added = await fetch(url, { method: 'POST', headers: { authorization: 'Bearer dana-token', 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Acme' }) });
console.log(added.status, ((await added.json()) as { customer: { status: string } }).customer.status); //=> 200 'P'
const refused = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
console.log(refused.status, refused.headers.get('content-type')); //=> 401 'application/problem+json'
server.close();
