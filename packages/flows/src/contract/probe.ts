/** One request of the conformance runner and what came back. */
export interface ProbeRequest {
  method: string;
  /** Relative to the base URL, with path parameters filled in. */
  path: string;
  headers?: Record<string, string>;
  /** Sent as it is (already serialised). */
  body?: string;
}

/** The answer: status, content type and the body parsed as JSON (or `undefined` when it is not JSON). */
export interface ProbeAnswer {
  status: number;
  contentType: string;
  json: unknown;
  text: string;
}

/**
 * Sends one request to `baseUrl` + `request.path` without cookies (the runner is a stranger to the backend) and
 * reads the whole answer. The one thing to know: a network failure rejects; every HTTP status resolves.
 */
export async function probe(
  baseUrl: string,
  doFetch: typeof fetch,
  request: ProbeRequest,
): Promise<ProbeAnswer> {
  const url = `${baseUrl.replace(/\/+$/, '')}${request.path}`;
  const response = await doFetch(url, {
    method: request.method,
    headers: { accept: 'application/json', ...request.headers },
    ...(request.body === undefined ? {} : { body: request.body }),
    redirect: 'manual',
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', json, text };
}
