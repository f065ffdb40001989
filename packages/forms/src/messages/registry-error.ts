/**
 * The error the message registries throw (`registerMessages`, `registerFormMessages`): shaped like `GatehouseError`
 * of `@gatehouse/rules` (name, `code`, `params`; `isGatehouseError` recognises it) without importing the rules
 * barrel into the browser runtime.
 */
export function registryError(code: string, message: string, params: Record<string, unknown>): Error {
  const error = new Error(message) as Error & { code: string; params: Readonly<Record<string, unknown>> };
  error.name = 'GatehouseError';
  error.code = code;
  error.params = Object.freeze(params);
  return error;
}
