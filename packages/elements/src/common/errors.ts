/**
 * The API-edge error of the elements. It is shaped like `GatehouseError` from `@gatehouse/rules` (name, `code`,
 * `params`) so `isGatehouseError` recognises it, without pulling the rules barrel into every browser bundle.
 */

/** An error with a stable kebab-case `code`; callers branch on `code`, never on the message. */
export interface ElementError extends Error {
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Creates the error thrown when an element is misused (missing `form`, unknown port…). */
export function elementError(
  code: string,
  message: string,
  params: Record<string, unknown> = {},
): ElementError {
  const error = new Error(message) as Error & { code: string; params: Record<string, unknown> };
  error.name = 'GatehouseError';
  error.code = code;
  error.params = Object.freeze({ ...params });
  return error;
}
