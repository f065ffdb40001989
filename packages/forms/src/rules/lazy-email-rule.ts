/**
 * The `business-email` rule whose policy arrives later: the browser variant loads `@gatehouse/rules/email/browser`
 * (code plus a Golomb-coded filter of 5,220 providers, about 15 KB gzip) with a dynamic `import()`, so a
 * bundler puts it in a separate chunk and the form renders without waiting for it (see lazy-rule.ts).
 */
import type { NamedRule } from '../engine/types.js';
import type { CreateEmailPolicy } from './email-rule.js';
import { lazyRuleFrom } from './lazy-rule.js';

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
  return lazyRuleFrom({
    name: 'business-email',
    codes,
    checks: 'e-mail addresses',
    // The option reader and the English texts travel with the policy (email-rule.ts imports both): a browser
    // reads options and shows e-mail verdicts only once the policy is there, so the first load carries none.
    load: async () => {
      const [module, { businessEmailRuleFrom }] = await Promise.all([load(), import('./email-rule.js')]);
      if (typeof module?.createEmailPolicy !== 'function') throw new TypeError('no createEmailPolicy export');
      return businessEmailRuleFrom(module.createEmailPolicy, codes);
    },
  });
}
