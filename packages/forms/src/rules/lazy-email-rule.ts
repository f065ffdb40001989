/**
 * The `business-email` rule whose policy arrives later: the browser variant loads `@gatehouse/rules/email/browser`
 * (code plus a Golomb-coded filter of 5,220 providers, about 15 KB gzip) with a dynamic `import()`, so a
 * bundler puts it in a separate chunk and the form renders without waiting for it.
 */
import type { EmailPolicy } from '@gatehouse/rules/email';
import type { NamedRule } from '../engine/types.js';
import { addRuleMessages } from '../messages/catalog.js';
import type { CreateEmailPolicy } from './email-rule.js';
import { rejectionOf } from './rejection.js';

/** What the loader must deliver: a module with the policy factory (`@gatehouse/rules/email/browser`). */
export interface EmailPolicyModule {
  createEmailPolicy: CreateEmailPolicy;
}

/**
 * Makes a `business-email` rule that loads its policy with `load()` the first time a form uses it (or `ready()`
 * is called), once for the rule's lifetime. Until the module arrived, its checkers accept every value: the
 * server's exact check decides on submit. A failed load (offline, blocked chunk) or options the policy refuses
 * keep it permissive for good, with one console warning that names no value. `validateOptions` reports problems
 * only once the policy arrived (the option reader loads with it); `gatehouse-forms build` checks options on Node.
 */
export function lazyBusinessEmailRuleFrom(
  load: () => Promise<EmailPolicyModule>,
  codes: readonly string[],
): NamedRule & { ready(): Promise<void> } {
  let factory: CreateEmailPolicy | undefined;
  // The option reader and the English texts travel with the policy: a browser reads options and shows e-mail
  // verdicts only once the policy is there, so the first load carries none of them (built forms had their options
  // checked by `gatehouse-forms build` on Node).
  let readOptions: typeof import('./email-options.js').emailOptions | undefined;
  let loading: Promise<void> | undefined;
  const start = (): Promise<void> => {
    // `load()` may throw synchronously (a host's loader); inside `then` that becomes a rejection too.
    loading ??= Promise.resolve()
      .then(() =>
        Promise.all([load(), import('./email-options.js'), import('../messages/email-messages.js')]),
      )
      .then(([module, options, messages]) => {
        if (typeof module?.createEmailPolicy !== 'function')
          throw new TypeError('no createEmailPolicy export');
        // The texts arrive with the policy: no verdict needs them before it.
        addRuleMessages('en', messages.emailMessages);
        factory = module.createEmailPolicy;
        readOptions = options.emailOptions;
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
    // Before the policy arrived nothing is checked (a run-time compile in a browser reports wrong options as a
    // console warning once it arrives, and the rule stays off); build and lint check them on Node up front.
    validateOptions: (raw) => readOptions?.(raw).problems ?? [],
    create(raw) {
      // Start loading the moment a form using the rule is created, not at the first keystroke.
      void start();
      let policy: EmailPolicy | null | undefined;
      return (value) => {
        if (typeof value !== 'string') return null;
        if (policy === undefined) {
          if (!factory || !readOptions) return null;
          try {
            const { options, problems } = readOptions(raw);
            if (problems.length > 0) throw new TypeError(problems.join('; '));
            policy = factory(options);
          } catch (error) {
            // Options of the wrong shape, or values the policy refuses (a malformed domain in `allow`), turn the
            // rule off for this field instead of throwing inside validation.
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
