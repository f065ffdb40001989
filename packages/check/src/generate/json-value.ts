/**
 * Event payloads to JSON and back. A port's error outcome is usually an `Error` (its own fields, such as
 * `code` and `params`, carry the meaning), which `JSON.stringify` would print as `{}`; it is written as
 * `{ "$error": { name, message, …own fields } }` and revived as an `Error` with the same fields.
 */

/** A JSON-safe copy of `value` with every `Error` written as `{ $error: … }`. */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Error) {
    const fields: Record<string, unknown> = { name: value.name, message: value.message };
    for (const [key, field] of Object.entries(value)) fields[key] = toJsonValue(field);
    return { $error: fields };
  }
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}

/** The inverse of {@link toJsonValue}: `{ $error: … }` becomes an `Error` with those fields. */
export function fromJsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJsonValue);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if ('$error' in record && Object.keys(record).length === 1) {
    const { name, message, ...rest } = record.$error as Record<string, unknown>;
    const error = new Error(String(message ?? ''));
    error.name = String(name ?? 'Error');
    return Object.assign(error, fromJsonValue(rest));
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromJsonValue(v)]));
}
