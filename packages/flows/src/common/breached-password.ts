/**
 * The breached-password port: is a new password one that attackers already have (it appeared in a data breach)?
 * NIST SP 800-63B-4 §3.1.1.2 asks verifiers to compare new passwords with such a list. The port only answers what
 * the breach service knows; {@link breachVerdict} turns the answer into the verdict every password rule gives, under
 * the host's policy (how often a password must have appeared, and what to do when the service does not answer).
 */

/**
 * What the breach service said about one password. `unknown`: it did not answer in time, failed, or answered
 * something unreadable — the policy decides whether the password passes.
 */
export type BreachFinding =
  | { status: 'found'; count: number }
  | { status: 'not-found' }
  | { status: 'unknown'; reason: 'timeout' | 'unavailable' | 'invalid-response' };

/**
 * The port a backend implements (the reference server's is a k-anonymity range query, where only a 5-character hash
 * prefix leaves the server). The one thing to know: it never throws and never logs the password or its hash.
 */
export interface BreachedPasswordCheck {
  /** Looks `password` up; `signal` aborts the lookup (the answer is then `unknown`). */
  lookUp(password: string, signal?: AbortSignal): Promise<BreachFinding>;
}

/** What a host decides about breach findings. */
export interface BreachPolicy {
  /** A password seen fewer times than this in breaches passes (default 1: any appearance refuses). */
  minCount: number;
  /**
   * `allow` (fail open, the default): a password the service could not check passes, so an outage does not stop
   * password changes. `refuse` (fail closed): it is refused with `breach-check-unavailable`, to be tried again.
   */
  onUnknown: 'allow' | 'refuse';
}

/** The defaults of {@link BreachPolicy}. */
export const DEFAULT_BREACH_POLICY: Readonly<BreachPolicy> = Object.freeze({
  minCount: 1,
  onUnknown: 'allow',
});

/** The issue codes of a breach refusal; messages are keyed by them like the other password codes. */
export type BreachCode = 'breached-password' | 'breach-check-unavailable';

/** The verdict in the shape of every password rule: `{ ok: true }` or a code with its params. */
export type BreachVerdict =
  | { ok: true }
  | { ok: false; code: 'breached-password'; params: { count: number } }
  | { ok: false; code: 'breach-check-unavailable'; params: Record<string, never> };

/** Applies `policy` to a finding: refuse a password seen at least `minCount` times, and `unknown` per `onUnknown`. */
export function breachVerdict(
  finding: BreachFinding,
  policy: BreachPolicy = DEFAULT_BREACH_POLICY,
): BreachVerdict {
  if (finding.status === 'found' && finding.count >= Math.max(1, policy.minCount)) {
    return { ok: false, code: 'breached-password', params: { count: finding.count } };
  }
  if (finding.status === 'unknown' && policy.onUnknown === 'refuse') {
    return { ok: false, code: 'breach-check-unavailable', params: {} };
  }
  return { ok: true };
}
