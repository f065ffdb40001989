/**
 * Builds the `password` named rule from a password policy factory, so the server form (with the common-password
 * list) and the browser form (without it) share one adapter and return the same codes.
 */
import type { PasswordCode, PasswordPolicy, PasswordPolicyOptions } from '@gatehouse/rules/password';
import { getAt, isPointer, parsePointer } from '../engine/pointer.js';
import type { NamedRule, RuleContext } from '../engine/types.js';
import { rejectionOf } from './rejection.js';
import { factoryProblems, OptionReader } from './rules-api.js';

/** `createPasswordPolicy` or `createBrowserPasswordPolicy` of `@gatehouse/rules/password`. */
export type CreatePasswordPolicy = (options?: PasswordPolicyOptions) => PasswordPolicy;

/** Every `PasswordCode`, composition codes included (the type check below fails if rules adds one). */
export const passwordCodes = [
  'too-short',
  'too-long',
  'missing-lowercase',
  'missing-uppercase',
  'missing-digit',
  'missing-symbol',
  'contains-context',
  'common-password',
] as const satisfies readonly PasswordCode[];
const complete: [Exclude<PasswordCode, (typeof passwordCodes)[number]>] extends [never] ? true : never = true;
void complete;

const compositionNames = ['lowercase', 'uppercase', 'digit', 'symbol'] as const;

const contextOf = (o: Record<string, unknown>): string[] =>
  Array.isArray(o.contextFields) ? o.contextFields.map(String) : [];

/**
 * The definition's JSON options as `PasswordPolicyOptions` (without `contextFields`, which is ours, and
 * `blocklist`, which is the factory's business), with a sentence per wrong or unknown option.
 */
function passwordOptions(raw: Record<string, unknown>): {
  options: PasswordPolicyOptions;
  problems: string[];
} {
  const r = new OptionReader(raw);
  r.unknown([
    'contextFields',
    'mfa',
    'minLength',
    'maxLength',
    'context',
    'minContextWordLength',
    'rejectWeakPatterns',
    'composition',
  ]);
  if (
    raw.contextFields !== undefined &&
    !(Array.isArray(raw.contextFields) && raw.contextFields.every(isPointer))
  )
    r.problems.push('option "contextFields" must be an array of JSON Pointers');
  const options: PasswordPolicyOptions = {
    mfa: r.boolean('mfa'),
    minLength: r.integer('minLength'),
    maxLength: r.integer('maxLength'),
    context: r.strings('context'),
    minContextWordLength: r.integer('minContextWordLength'),
    rejectWeakPatterns: r.boolean('rejectWeakPatterns'),
    composition: r.flags('composition', compositionNames),
  };
  return { options, problems: r.problems };
}

/**
 * The policies one occurrence checks with: the configured one, and the MFA one (minimum 8) for a subject with a
 * second factor, unless the definition fixes `mfa` or `minLength` itself.
 */
interface Policies {
  plain: PasswordPolicy;
  mfa: PasswordPolicy | undefined;
}

/** The words a password must not contain: the context fields' values and the subject's words. */
function contextWords(pointers: string[][], { data, subject }: RuleContext): string[] {
  const words: string[] = [];
  for (const p of pointers) {
    const w = getAt(data, p);
    if (typeof w === 'string' && w !== '') words.push(w);
  }
  for (const w of subject?.contextWords ?? []) if (typeof w === 'string' && w !== '') words.push(w);
  return words;
}

/** Makes the `password` rule around `factory`; options other than `contextFields` go to the policy. */
export function passwordRuleFrom(factory: CreatePasswordPolicy): NamedRule {
  // Built while checking the options (same options object), so compiling a form builds each policy once.
  const built = new WeakMap<object, PasswordPolicy>();
  const policies = new WeakMap<object, Policies>();
  const policiesOf = (raw: Record<string, unknown>): Policies => {
    let found = policies.get(raw);
    if (!found) {
      const { options } = passwordOptions(raw);
      const fixed = options.mfa !== undefined || options.minLength !== undefined;
      found = {
        plain: built.get(raw) ?? factory(options),
        mfa: fixed ? undefined : factory({ ...options, mfa: true }),
      };
      policies.set(raw, found);
    }
    return found;
  };
  const pick = (p: Policies, context: RuleContext) => (context.subject?.mfa && p.mfa) || p.plain;
  return {
    name: 'password',
    codes: passwordCodes,
    validateOptions(raw) {
      const { options, problems } = passwordOptions(raw);
      return problems.length > 0
        ? problems
        : factoryProblems(
            () => factory(options),
            (policy) => built.set(raw, policy),
          );
    },
    dependsOn: contextOf,
    create(raw) {
      const p = policiesOf(raw);
      const pointers = contextOf(raw).map(parsePointer);
      return (value, context) => {
        if (typeof value !== 'string') return null;
        return rejectionOf(pick(p, context).check(value, { context: contextWords(pointers, context) }));
      };
    },
    createRequirements(raw) {
      const p = policiesOf(raw);
      const pointers = contextOf(raw).map(parsePointer);
      return (value, context) => {
        const policy = pick(p, context);
        const text = typeof value === 'string' ? value : '';
        const failed = new Set(
          policy.checkAll(text, { context: contextWords(pointers, context) }).map((f) => f.code),
        );
        // An empty field meets no requirement yet: the checklist starts unticked.
        const met = (code: string) => text !== '' && !failed.has(code as PasswordCode);
        const lower = policy === p.plain && p.mfa ? p.mfa.describe().minLength : undefined;
        return policy.describe().requirements.map(({ code, params }) => ({
          code,
          params: code === 'too-short' && lower !== undefined ? { ...params, mfaMin: lower } : { ...params },
          met: met(code),
        }));
      };
    },
  };
}
