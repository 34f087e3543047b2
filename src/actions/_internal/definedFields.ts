/**
 * The fields of a patch that are set: `undefined` ones are left out, so spreading the result over
 * a record changes only what the caller gave (and the type says so).
 * @category Action results
 */
export function definedFields<T extends object>(patch: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    if (patch[key] !== undefined) out[key] = patch[key];
  }
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
