import { isGatehouseError } from '@gatehouse/rules';

/**
 * One problem shown to the user: `path` is a JSON Pointer into the submitted data (`''` for the whole step),
 * `code` is stable kebab-case (public API). `message` is optional: elements look the code up in the catalog.
 */
export interface FlowIssue {
  path: string;
  code: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Build one issue. */
export function issue(path: string, code: string, params: Record<string, unknown> = {}): FlowIssue {
  return { path, code, params };
}

/**
 * Turn a port's rejection into issues. A `GatehouseError` whose `params.issues` holds form issues (the HTTP
 * adapter's `invalid-request`) gives those; any other error gives one whole-step issue with its `code`
 * (`unavailable` for errors without one). Never leaks a stack or a server text as a code.
 */
export function issuesFromError(error: unknown): FlowIssue[] {
  if (isGatehouseError(error)) {
    const nested = (error.params as { issues?: unknown }).issues;
    if (Array.isArray(nested) && nested.length > 0) {
      return nested
        .filter((i): i is FlowIssue => typeof i === 'object' && i !== null && typeof i.code === 'string')
        .map((i) => ({
          path: typeof i.path === 'string' ? i.path : '',
          code: i.code,
          params: i.params ?? {},
        }));
    }
    const { issues: _ignored, ...params } = error.params as Record<string, unknown>;
    return [{ path: '', code: error.code, params, message: error.message }];
  }
  return [{ path: '', code: 'unavailable', params: {} }];
}

/** The `code` of a port's rejection (`unavailable` when it has none). */
export function errorCode(error: unknown): string {
  return isGatehouseError(error) ? error.code : 'unavailable';
}
