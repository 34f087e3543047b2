/**
 * A CSV record as `customers.addMany` takes it. The CSV reader shapes a row like a stored customer
 * (an empty cell is `null` for a nullable field, an address of empty cells is `{}`); in an import an
 * empty cell means the field was not given, so it is left out and the action's defaults apply. An
 * empty `name` stays, to be refused as blank rather than as missing.
 * @param record - a record the CSV reader made
 * @returns a copy without the empty cells, or the value itself when it is not an object
 * @example
 * ```ts
 * csvInput({ name: 'Acme', phone: null, address: {}, notes: '' }) //=> { name: 'Acme' }
 * ```
 */
export function csvInput(record: unknown): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null || (value === '' && key !== 'name')) continue;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}
