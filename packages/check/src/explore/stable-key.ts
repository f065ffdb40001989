/**
 * A JSON text of `value` with object keys sorted, so two equal contexts give the same key whatever order
 * their properties were assigned in. `toJSON` is honoured (Dates, actor refs); functions and `undefined`
 * properties are left out exactly as `JSON.stringify` leaves them out.
 */
export function stableKey(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return `${value}n`;
    case 'undefined':
    case 'function':
    case 'symbol':
      return 'null';
  }
  if (value === null) return 'null';
  const object = value as Record<string, unknown> & { toJSON?: () => unknown };
  if (typeof object.toJSON === 'function') return stableKey(object.toJSON());
  if (Array.isArray(object)) {
    let out = '[';
    for (let i = 0; i < object.length; i++) out += (i === 0 ? '' : ',') + stableKey(object[i]);
    return `${out}]`;
  }
  // Maps and Sets have no JSON form; their entries still distinguish states, so they are written out.
  if (object instanceof Map) return `{"$map":${stableKey([...object.entries()])}}`;
  if (object instanceof Set) return `{"$set":${stableKey([...object.values()])}}`;
  const keys = Object.keys(object).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = object[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${stableKey(item)}`;
    first = false;
  }
  return `${out}}`;
}
