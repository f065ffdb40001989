/**
 * The reviewer side of the REST contract (docs/rest-contract.md "Approval — back office"): list the queue, read one
 * registration with its decisions, record a decision. `@gatehouse/flows/http` does not cover it because the
 * approval machine runs on the server; this is the same fetch discipline (JSON, `credentials: 'include'`, error
 * `code` from the body) in a few lines.
 */
import { elementError } from '../shared/errors.js';

/** One registration waiting for review, as `GET /approvals` lists it. */
export interface ApprovalItem {
  id: string;
  email: string;
  company: string;
  givenName: string;
  familyName: string;
  submittedAt: string;
  dueAt: string;
  overdue: boolean;
  state: string;
  emailCheck: { ok: boolean; code?: string };
}

/** A recorded decision: who, when, what, why. `by` comes from the reviewer's session on the server. */
export interface ApprovalDecisionRecord {
  action: 'approve' | 'reject' | 'request-info' | 'info-provided';
  by: string;
  at: string;
  reason?: string;
}

/** What a reviewer sends. `reason` is required for reject and request-info, and for approving a flagged e-mail. */
export interface ApprovalDecisionInput {
  action: 'approve' | 'reject' | 'request-info';
  reason?: string;
  overrideEmailCheck?: boolean;
}

/** Which items the queue shows. */
export type ApprovalFilter = 'pending' | 'overdue' | 'all';

/** The reviewer operations `<gate-approval-queue>` needs; pass your own or use {@link createApprovalsClient}. */
export interface ApprovalQueuePorts {
  list(status: ApprovalFilter, signal?: AbortSignal): Promise<{ items: ApprovalItem[] }>;
  get(id: string, signal?: AbortSignal): Promise<ApprovalItem & { decisions: ApprovalDecisionRecord[] }>;
  decide(
    id: string,
    decision: ApprovalDecisionInput,
  ): Promise<{ state: string; decision: ApprovalDecisionRecord }>;
}

/** Options of {@link createApprovalsClient}. */
export interface ApprovalsClientOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

/**
 * Reviewer ports over `fetch`. Non-2xx answers reject with a `GatehouseError`-shaped error carrying the contract's
 * `code` (`forbidden`, `conflict`, `invalid-request`, …); a network failure is `unavailable`.
 */
export function createApprovalsClient(options: ApprovalsClientOptions): ApprovalQueuePorts {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let base: URL;
  try {
    base = new URL(
      options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
      globalThis.location?.href,
    );
  } catch {
    throw elementError(
      'invalid-option',
      `approvals: baseUrl ${JSON.stringify(options.baseUrl)} is not a URL`,
      {
        option: 'baseUrl',
      },
    );
  }
  async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(new URL(path, base), {
        method,
        headers,
        credentials: 'include',
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      throw elementError('unavailable', `${method} ${path}: ${String(error)}`);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      throw elementError(
        'unavailable',
        `${method} ${path}: the answer is not JSON (status ${response.status})`,
      );
    }
    if (response.ok) return json as T;
    const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error ?? {};
    const code =
      typeof error.code === 'string'
        ? error.code
        : response.status >= 500
          ? 'unavailable'
          : `http-${response.status}`;
    throw elementError(
      code,
      typeof error.message === 'string' ? error.message : `${method} ${path}: ${code}`,
      {
        status: response.status,
      },
    );
  }
  const seg = encodeURIComponent;
  return {
    list: (status, signal) => call('GET', `approvals?status=${seg(status)}`, undefined, signal),
    get: (id, signal) => call('GET', `approvals/${seg(id)}`, undefined, signal),
    decide: (id, decision) => call('POST', `approvals/${seg(id)}/decisions`, decision),
  };
}
