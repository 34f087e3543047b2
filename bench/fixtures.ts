/** Customer drafts for the benchmarks: deterministic, varied names, valid for the schema. */
import type { Draft } from '../src/adapters/port/index.js';
import type { Customer } from '../src/model/index.js';

const words = ['Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Cyberdyne', 'Soylent', 'Hooli'];
const kinds = ['Staffing', 'Logistics', 'Foods', 'Manufacturing', 'Health', 'Retail', 'Warehouse', 'Labs'];
const at = '2026-01-15T09:30:00.000Z';

/**
 * The `n`th benchmark customer.
 * @param n - which one (names and fields vary with it)
 * @param parentId - its parent, or null for a root customer
 */
export function customerDraft(n: number, parentId: string | null = null): Draft<Customer> {
  return {
    name: `${words[n % words.length]} ${kinds[(n >> 3) % kinds.length]} ${n}`,
    parentId,
    status: n % 10 === 0 ? 'I' : n % 3 === 0 ? 'A' : 'P',
    branchId: `branch-${n % 25}`,
    contactAddress: {
      line1: `${100 + (n % 900)} Main St`,
      city: 'Minneapolis',
      region: 'MN',
      postalCode: '55401',
      country: 'US',
      standardized: false,
    },
    billingAddress: null,
    defaultWorksiteId: null,
    phone: '+1 612 555 0100',
    email: `ap${n}@example.com`,
    socialHandles: [],
    accountManagerId: `rep-${n % 40}`,
    salesTeamId: null,
    defaultWorkerCompCode: null,
    terms: null,
    notes: '',
    duplicateOfId: null,
    createdAt: at,
    createdBy: 'rep-1',
    updatedAt: at,
    updatedBy: 'rep-1',
  } as unknown as Draft<Customer>;
}

const cities = [
  'Minneapolis', 'St. Paul', 'Bloomington', 'Duluth', 'Rochester', 'Eden Prairie', 'Plymouth', 'Maple Grove', 'Woodbury', 'Eagan',
  'Burnsville', 'Lakeville', 'Blaine', 'Coon Rapids', 'Edina', 'Minnetonka', 'St. Cloud', 'Mankato', 'Moorhead', 'Shakopee',
  'Apple Valley', 'Brooklyn Park', 'Roseville', 'Richfield', 'Fargo', 'Sioux Falls', 'Des Moines', 'Madison', 'Milwaukee', 'Twin Cities',
];
const surnames = [
  'Anderson', 'Johnson', 'Olson', 'Peterson', 'Nelson', 'Larson', 'Hanson', 'Carlson', 'Swanson', 'Erickson', 'Lindquist', 'Berg',
  'Lund', 'Dahl', 'Nygaard', 'Schmidt', 'Mueller', 'Schroeder', 'Weber', 'Becker', 'Hoffman', 'Klein', 'Wagner', 'Kowalski',
  'Nowak', 'Novak', 'Murphy', 'Kelly', "O'Brien", 'Sullivan', 'Walsh', 'Garcia', 'Martinez', 'Lopez', 'Hernandez', 'Nguyen',
  'Tran', 'Vang', 'Xiong', 'Lee', 'Kim', 'Patel', 'Shah', 'Khan', 'Ali', 'Mohamed', 'Hassan', 'Brown', 'Miller', 'Davis',
  'Wilson', 'Moore', 'Taylor', 'Thomas', 'Jackson', 'White', 'Harris', 'Martin', 'Thompson', 'Young', 'Allen', 'King',
  'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans',
  'Turner', 'Torres', 'Parker', 'Collins', 'Edwards', 'Stewart', 'Morris', 'Rogers', 'Reed', 'Cook', 'Morgan', 'Bell',
  'Cooper', 'Richardson', 'Cox', 'Howard', 'Ward', 'Peterson', 'Gray', 'James', 'Watson', 'Brooks', 'Kelly', 'Sanders',
  'Price', 'Bennett', 'Wood', 'Barnes', 'Ross', 'Henderson', 'Coleman', 'Jenkins', 'Perry', 'Powell', 'Long', 'Patterson',
  'Northstar', 'Lakeshore', 'Prairie', 'Summit', 'Pinnacle', 'Keystone', 'Cornerstone', 'Frontier', 'Heritage', 'Liberty',
  'Pioneer', 'Evergreen', 'Riverside', 'Northland', 'Gopher', 'Viking', 'Bluestem', 'Ironwood', 'Granite', 'Polaris',
];
const trades = [
  'Staffing', 'Services', 'Manufacturing', 'Logistics', 'Construction', 'Foods', 'Health', 'Tool & Die', 'Plastics', 'Printing',
  'Machining', 'Packaging', 'Distribution', 'Electric', 'Plumbing', 'Roofing', 'Landscaping', 'Cleaning', 'Dental', 'Home Care',
  'Warehouse', 'Trucking', 'Metal Works', 'Millwork', 'Bakery', 'Dairy', 'Auto Body', 'Industrial Supply', 'Medical Staffing', 'IT Services',
];
const suffixes = ['', '', '', 'Inc.', 'LLC', 'Co.', 'Group', 'Services', 'Staffing', 'Solutions', 'Partners', 'of Minnesota'];

/** A small deterministic hash of `n` and a salt, spread over 32 bits (a few rounds of an integer mix). */
function mix(n: number, salt: number): number {
  let h = (n * 0x9e3779b1 + salt * 0x85ebca77) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const pick = <T>(list: readonly T[], n: number, salt: number): T => list[mix(n, salt) % list.length]!;

/**
 * The `n`th name of a realistic book of business: names share words as real ones do (a city, a
 * surname or a brand, a trade such as "Staffing", "Services" or "Manufacturing", a legal suffix),
 * in a handful of patterns; some repeat exactly, as in any large book. Deterministic.
 * @param n - which name
 */
export function businessName(n: number): string {
  const city = pick(cities, n, 1);
  const surname = pick(surnames, n, 2);
  const trade = pick(trades, n, 3);
  const suffix = pick(suffixes, n, 4);
  const name = (() => {
    switch (mix(n, 5) % 6) {
      case 0:
        return `${city} ${trade}`;
      case 1:
        return `${surname} & ${pick(surnames, n, 6)} ${trade}`;
      case 2:
        return `${city} ${surname} ${trade}`;
      case 3:
        return `${surname} ${trade} of ${city}`;
      default:
        return `${surname} ${trade}`;
    }
  })();
  return suffix === '' ? name : `${name} ${suffix}`;
}

/**
 * A name as a rep might key a record already in the book: `businessName(n)` with one typo (a
 * letter dropped, doubled or swapped with its neighbour), chosen by `n`.
 * @param n - which book name to mistype
 */
export function mistypedBusinessName(n: number): string {
  const name = businessName(n);
  const letters = [...name].flatMap((c, i) => (/\p{L}/u.test(c) && i > 0 ? [i] : []));
  const at = letters[mix(n, 7) % letters.length]!;
  switch (mix(n, 8) % 3) {
    case 0:
      return name.slice(0, at) + name.slice(at + 1);
    case 1:
      return name.slice(0, at) + name[at] + name.slice(at);
    default:
      return /\p{L}/u.test(name[at + 1] ?? '') ? name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2) : name.slice(0, at) + name.slice(at + 1);
  }
}
