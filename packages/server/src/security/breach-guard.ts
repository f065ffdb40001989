/**
 * Where the server asks the breached-password port: refusing a new password (forced change, password change, reset,
 * invitation) and warning at login. A server without the `breachedPasswords` option asks nothing.
 */
import {
  type BreachedPasswordCheck,
  type BreachFinding,
  type BreachPolicy,
  breachVerdict,
  DEFAULT_BREACH_POLICY,
  type FlowIssue,
} from '@gatehouse/flows';
import type { Queryable } from '../storage/database.js';

/** The port and the host's policy, as the server keeps them. */
export interface BreachGuard {
  check: BreachedPasswordCheck;
  policy: BreachPolicy;
}

/**
 * The `breachedPasswords` option of `createGatehouseServer`: the port that looks a password up (the reference one is
 * `createRangeBreachedPasswordCheck`, or a host's own `{ lookUp }`), plus any policy field to change —
 * `minCount` (default 1: one appearance refuses) and `onUnknown` (`allow`, fail open, the default; or `refuse`).
 * The one thing to know: without this option the server asks no breach service at all.
 */
export type BreachedPasswordsOption = { check: BreachedPasswordCheck } & Partial<BreachPolicy>;

/** The guard of the option (policy defaults filled in), or undefined without one. */
export function breachGuard(option: BreachedPasswordsOption | undefined): BreachGuard | undefined {
  if (!option) return undefined;
  const { check, ...policy } = option;
  return { check, policy: { ...DEFAULT_BREACH_POLICY, ...policy } };
}

/** Asks the port; a port that throws after all counts as unavailable. Logs the reason only, never the password. */
async function lookUp(guard: BreachGuard, password: string): Promise<BreachFinding> {
  const finding = await guard.check
    .lookUp(password)
    .catch((): BreachFinding => ({ status: 'unknown', reason: 'unavailable' }));
  if (finding.status === 'unknown') {
    console.warn(
      `gatehouse: breached-password check not answered (${finding.reason}); policy: ${guard.policy.onUnknown}`,
    );
  }
  return finding;
}

/**
 * The issues of a new password at `path` (`/newPassword`): none when it passes or no guard is configured, else one
 * `breached-password` or `breach-check-unavailable` issue, shaped like the other password rules' issues.
 */
export async function breachIssues(
  guard: BreachGuard | undefined,
  password: string,
  path: string,
): Promise<FlowIssue[]> {
  if (!guard) return [];
  const verdict = breachVerdict(await lookUp(guard, password), guard.policy);
  return verdict.ok ? [] : [{ path, code: verdict.code, params: verdict.params }];
}

/**
 * At login, after the password matched: marks the account when the password is a breached one (the session then
 * carries the `breached-password` warning until the password changes). An unanswered check changes nothing — a
 * login is never refused or delayed beyond the port's timeout for it.
 */
export async function noteBreachAtLogin(
  guard: BreachGuard | undefined,
  db: Queryable,
  account: { id: string },
  password: string,
  now: Date,
): Promise<boolean> {
  if (!guard) return false;
  const finding = await lookUp(guard, password);
  const verdict = breachVerdict(finding, { ...guard.policy, onUnknown: 'allow' });
  if (verdict.ok) return false;
  await db.query('UPDATE accounts SET password_breached_at = $2 WHERE id = $1', [account.id, now]);
  return true;
}
