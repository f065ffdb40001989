/**
 * The named-rule registry the runtime compiler and the CLI consult: the built-in rules plus what hosts add
 * with {@link registerRule}. Built modules do not use it; they import their rules directly.
 */
// Through the package's `imports` map: the exact rule on Node, the lazy browser rule where the `browser`
// condition applies (runtime compilation in a browser, `@gatehouse/elements/form/dev`), so no exact list ships;
// the same for `phone`, whose libphonenumber-js metadata arrives as a chunk in a browser.
import { businessEmailRule } from '#rules/business-email';
import { phoneRule } from '#rules/phone';
import type { NamedRule } from '../engine/types.js';
import { dateRule } from './date.js';
import { fileRule } from './file.js';
import { matchesFieldRule } from './matches-field.js';
import { passwordRule } from './password.js';

/** The rules every form can name without registering anything. */
export const builtinRules: readonly NamedRule[] = [
  businessEmailRule,
  passwordRule,
  phoneRule,
  matchesFieldRule,
  dateRule,
  fileRule,
];

/**
 * Where the built-in rules live for built modules (browser variants where they differ). Keys are rule names,
 * values are module specifiers and export names.
 */
export const builtinRuleModules: Readonly<Record<string, { module: string; exportName: string }>> = {
  'business-email': {
    module: '@gatehouse/forms/rules/business-email/browser',
    exportName: 'businessEmailRule',
  },
  password: { module: '@gatehouse/forms/rules/password', exportName: 'passwordRule' },
  phone: { module: '@gatehouse/forms/rules/phone/browser', exportName: 'phoneRule' },
  'matches-field': { module: '@gatehouse/forms/rules/matches-field', exportName: 'matchesFieldRule' },
  date: { module: '@gatehouse/forms/rules/date', exportName: 'dateRule' },
  file: { module: '@gatehouse/forms/rules/file', exportName: 'fileRule' },
};

const registered = new Map<string, NamedRule>();

/**
 * Makes a host rule available to every later `compileForm` call by name. Registering an existing name
 * replaces it (last one wins), so a host can swap a built-in for its own version.
 */
export function registerRule(rule: NamedRule): void {
  registered.set(rule.name, rule);
}

/** Built-in and registered rules, plus `extra` (which wins), keyed by name. */
export function ruleTable(extra: readonly NamedRule[] = []): Record<string, NamedRule> {
  const table: Record<string, NamedRule> = {};
  for (const r of [...builtinRules, ...registered.values(), ...extra]) table[r.name] = r;
  return table;
}
