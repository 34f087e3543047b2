import { PGlite } from '@electric-sql/pglite';
import { bootstrapHierarchy, createStaffcore, customers, standardRoles } from 'staffcore';
import { migrateAll, postgresStore } from 'staffcore/adapters/postgres';

// One database for every agency (PGlite here; on a server, one pg.Pool shared the same way).
const db = new PGlite();
const agencies = ['agency_northstar', 'agency_harbor'];
const results = await migrateAll(db, agencies);
console.log(results.map((r) => `${r.schema}: ${r.applied.length > 0 ? 'migrated' : 'current'}`).join(', ')); //=> 'agency_northstar: migrated, agency_harbor: migrated'

// One store per agency, every store on the same client.
async function agency(schema: string) {
  const store = postgresStore({ client: db, schema });
  const company = await bootstrapHierarchy(store, { name: schema });
  return createStaffcore({
    store,
    actions: { customers },
    actor: { id: 'dana', name: 'Dana Reyes', branchId: company.id, roles: [standardRoles.salesRep] },
  });
}
const northstar = await agency('agency_northstar');
const harbor = await agency('agency_harbor');

// Side by side: each schema has its own sequences, so the ids are the same and the records are not.
const [acme, foods] = await Promise.all([northstar.customers.add({ name: 'Acme Manufacturing' }), harbor.customers.add({ name: 'Harbor Foods' })]);
console.log(acme.customer.id === foods.customer.id, (await harbor.customers.get({ id: acme.customer.id })).customer.name); //=> true 'Harbor Foods'
console.log((await northstar.customers.search({ text: 'Harbor' })).items.length); //=> 0

await db.close();
