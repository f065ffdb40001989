/**
 * The reviewer side of the REST contract (docs/rest-contract.md "Approval — back office"): list the queue, read one
 * registration with its decisions, record a decision. `@gatehouse/flows/http` has no port set for it because the
 * approval machine runs on the server; the routes go through the same `createHttpClient` (JSON,
 * `credentials: 'include'`, error `code` from the body).
 */
import { createHttpClient, type HttpClientOptions } from '@gatehouse/flows/http';

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

/** Options of {@link createApprovalsClient}: those of the flows' HTTP client (`baseUrl`, `fetch`, `headers`). */
export type ApprovalsClientOptions = HttpClientOptions;

/**
 * Reviewer ports over `fetch`. Non-2xx answers reject with a `GatehouseError`-shaped error carrying the contract's
 * `code` (`forbidden`, `conflict`, `invalid-request`, …); a network failure is `unavailable`.
 */
export function createApprovalsClient(options: ApprovalsClientOptions): ApprovalQueuePorts {
  const { call } = createHttpClient(options);
  return {
    list: (status, signal) =>
      call('GET', `approvals?status=${encodeURIComponent(status)}`, undefined, signal),
    get: (id, signal) => call('GET', `approvals/${encodeURIComponent(id)}`, undefined, signal),
    decide: (id, decision) => call('POST', `approvals/${encodeURIComponent(id)}/decisions`, decision),
  };
}
