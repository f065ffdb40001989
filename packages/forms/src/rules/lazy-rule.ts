/**
 * A named rule whose implementation arrives later: the browser variants of `business-email` (the e-mail policy
 * and its filter) and `phone` (libphonenumber-js and its metadata) load the complete rule with a dynamic
 * `import()`, so a bundler puts it in a separate chunk and the form renders without waiting for it.
 */
import type { NamedRule, RuleChecker } from '../engine/types.js';

/** What {@link lazyRuleFrom} needs to stand in for a rule until it arrived. */
export interface LazyRuleSpec {
  /** The rule's name, as definitions name it. */
  name: string;
  /** Every code the complete rule can return (known without loading it, for lint and messages). */
  codes: readonly string[];
  /** Loads the complete rule; may throw or reject (offline, a blocked chunk): the rule then stays permissive. */
  load: () => Promise<NamedRule>;
  /** What only the server checks when loading failed, for the one console warning (e.g. "phone numbers"). */
  checks: string;
}

/** Message of a thrown value, never the value a user typed (loaders and option readers only see options). */
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The complete rule's checker for `raw`, or `null` (with one warning) when the rule refuses those options. */
function checkerOf(rule: NamedRule, raw: Record<string, unknown>): RuleChecker | null {
  try {
    const problems = rule.validateOptions?.(raw) ?? [];
    if (problems.length > 0) throw new TypeError(problems.join('; '));
    return rule.create(raw);
  } catch (error) {
    // Options of the wrong shape, or values the rule refuses, turn it off for this field instead of throwing
    // inside validation.
    console.warn(
      `gatehouse-forms: ${rule.name} options refused by the rule; the server decides.`,
      reason(error),
    );
    return null;
  }
}

/**
 * Makes a rule that loads its implementation with `spec.load()` the first time a form using it is created (or
 * `ready()` is called), once for the rule's lifetime. Until it arrived, its checkers accept every value: the
 * server's check decides on submit; once it did, they answer exactly as the loaded rule. A failed load keeps the
 * rule permissive for good, with one console warning that names no value. `validateOptions` reports problems
 * only once the rule arrived (`gatehouse-forms build` and lint check options on Node up front). The loaded rule's
 * `dependsOn` is not consulted: rules made this way read only their own field.
 */
export function lazyRuleFrom(spec: LazyRuleSpec): NamedRule & { ready(): Promise<void> } {
  let loaded: NamedRule | undefined;
  let loading: Promise<void> | undefined;
  const start = (): Promise<void> => {
    // `load()` may throw synchronously (a host's loader); inside `then` that becomes a rejection too.
    loading ??= Promise.resolve()
      .then(spec.load)
      .then((rule) => {
        if (typeof rule?.create !== 'function') throw new TypeError(`no ${spec.name} rule`);
        loaded = rule;
      })
      .catch((error: unknown) => {
        // The error text is about the chunk (its URL, a network reason), never about what a user typed.
        console.warn(
          `gatehouse-forms: the ${spec.name} rule did not load; ${spec.checks} are checked by the server only.`,
          reason(error),
        );
      });
    return loading;
  };

  return {
    name: spec.name,
    codes: spec.codes,
    validateOptions: (raw) => loaded?.validateOptions?.(raw) ?? [],
    create(raw) {
      // Start loading the moment a form using the rule is created, not at the first keystroke.
      void start();
      let check: RuleChecker | null | undefined;
      return (value, context) => {
        if (check === undefined) {
          if (!loaded) return null;
          check = checkerOf(loaded, raw);
        }
        return check ? check(value, context) : null;
      };
    },
    ready: start,
  };
}
