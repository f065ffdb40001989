/**
 * Turning a @gatehouse/rules verdict into the engine's rejection: what every named rule's checker runs. Its own
 * module so a lazy rule's first-load code does not bring the option reader along (`rules-api.ts`).
 */
import type { RuleRejection } from '../engine/types.js';

/** Any verdict of @gatehouse/rules: ok (with whatever an accepted value carries), or a code with params. */
export type RulesVerdict = { ok: true } | { ok: false; code: string; params?: object };

/** Turns a verdict into a rejection (or `null`); params are copied so a caller may keep them. */
export function rejectionOf(verdict: RulesVerdict): RuleRejection | null {
  return verdict.ok ? null : { code: verdict.code, params: { ...verdict.params } };
}
