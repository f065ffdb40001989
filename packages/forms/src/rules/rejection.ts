/**
 * Turning a @gatehouse/rules verdict into the engine's rejection: what every named rule's checker runs. Its own
 * module so a lazy rule's first-load code does not bring the option reader along (`rules-api.ts`).
 */
import type { RuleRejection } from '../engine/types.js';

/**
 * Any verdict of @gatehouse/rules: ok (with whatever an accepted value carries, maybe a hint such as the e-mail
 * policy's "did you mean"), or a code with params.
 */
export type RulesVerdict =
  | { ok: true; hint?: { code: string; params?: object } }
  | { ok: false; code: string; params?: object };

/**
 * Turns a verdict into a rejection (or `null`); params are copied so a caller may keep them. A hint on an accepted
 * value becomes a tentative rejection: the engine reports it as a warning and lets the value through.
 */
export function rejectionOf(verdict: RulesVerdict): RuleRejection | null {
  if (verdict.ok)
    return verdict.hint
      ? { code: verdict.hint.code, params: { ...verdict.hint.params, tentative: true } }
      : null;
  return { code: verdict.code, params: { ...verdict.params } };
}
