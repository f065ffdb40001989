/**
 * Builds the `password` named rule from a password policy factory, so the server form (with the common-password
 * list) and the browser form (without it) share one adapter and return the same codes.
 */
import type { PasswordCode, PasswordPolicy, PasswordPolicyOptions } from '@gatehouse/rules/password';
import { getAt, isPointer, parsePointer } from '../engine/pointer.js';
import type { NamedRule } from '../engine/types.js';
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

/** Makes the `password` rule around `factory`; options other than `contextFields` go to the policy. */
export function passwordRuleFrom(factory: CreatePasswordPolicy): NamedRule {
  // Built while checking the options (same options object), so compiling a form builds each policy once.
  const built = new WeakMap<object, PasswordPolicy>();
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
      const policy = built.get(raw) ?? factory(passwordOptions(raw).options);
      const context = contextOf(raw).map(parsePointer);
      return (value, { data }) => {
        if (typeof value !== 'string') return null;
        const words: string[] = [];
        for (const p of context) {
          const w = getAt(data, p);
          if (typeof w === 'string' && w !== '') words.push(w);
        }
        return rejectionOf(policy.check(value, { context: words }));
      };
    },
  };
}
