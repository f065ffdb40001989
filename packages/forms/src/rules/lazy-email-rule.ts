/**
 * The `business-email` rule whose policy arrives later: the browser variant loads `@gatehouse/rules/email/browser`
 * (code plus a Golomb-coded filter of 5,220 providers, about 15 KB gzip) with a dynamic `import()`, so a
 * bundler puts it in a separate chunk and the form renders without waiting for it.
 */
import type { EmailPolicy } from '@gatehouse/rules/email';
import type { NamedRule } from '../engine/types.js';
import { type CreateEmailPolicy, emailOptions } from './email-rule.js';
import { rejectionOf } from './rules-api.js';

/** What the loader must deliver: a module with the policy factory (`@gatehouse/rules/email/browser`). */
export interface EmailPolicyModule {
  createEmailPolicy: CreateEmailPolicy;
}

/**
 * Makes a `business-email` rule that loads its policy with `load()` the first time a form uses it (or `ready()`
 * is called), once for the rule's lifetime. Until the module arrived, its checkers accept every value: the
 * server's exact check decides on submit. A failed load (offline, blocked chunk) or options the policy refuses
 * keep it permissive for good, with one console warning that names no value. `validateOptions` checks the JSON
 * shape only; `gatehouse-forms build` already checked the values with the exact policy on Node.
 */
export function lazyBusinessEmailRuleFrom(
  load: () => Promise<EmailPolicyModule>,
  codes: readonly string[],
): NamedRule & { ready(): Promise<void> } {
  let factory: CreateEmailPolicy | undefined;
  let loading: Promise<void> | undefined;
  const start = (): Promise<void> => {
    // `load()` may throw synchronously (a host's loader); inside `then` that becomes a rejection too.
    loading ??= Promise.resolve()
      .then(load)
      .then((module) => {
        if (typeof module?.createEmailPolicy !== 'function')
          throw new TypeError('no createEmailPolicy export');
        factory = module.createEmailPolicy;
      })
      .catch((error: unknown) => {
        // The error text is about the chunk (its URL, a network reason), never about what a user typed.
        console.warn(
          'gatehouse-forms: the business-email policy did not load; e-mail addresses are checked by the server only.',
          error instanceof Error ? error.message : String(error),
        );
      });
    return loading;
  };

  return {
    name: 'business-email',
    codes,
    validateOptions: (raw) => emailOptions(raw).problems,
    create(raw) {
      // Start loading the moment a form using the rule is created, not at the first keystroke.
      void start();
      const { options } = emailOptions(raw);
      let policy: EmailPolicy | null | undefined;
      return (value) => {
        if (typeof value !== 'string') return null;
        if (policy === undefined) {
          if (!factory) return null;
          try {
            policy = factory(options);
          } catch (error) {
            // Only the shape was checked here; a value the policy refuses (a malformed domain in `allow`) turns
            // the rule off for this field instead of throwing inside validation.
            policy = null;
            console.warn(
              'gatehouse-forms: business-email options refused by the policy; the server decides.',
              error instanceof Error ? error.message : String(error),
            );
          }
        }
        return policy ? rejectionOf(policy.check(value)) : null;
      };
    },
    ready: start,
  };
}
