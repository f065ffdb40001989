/**
 * Message lookup and formatting for the elements' own chrome: the locale of an element and a small ICU subset (`{name}` and `{n, plural, one {…} other {…}}` with `#`). Output is always plain text;
 * the elements bind it as text, so markup in a catalog or a server message is shown, never parsed.
 */
import { en, type UiKey } from '../locales/en.js';
import { registeredLocales, registeredText } from '../locales/registry.js';

/**
 * The locale an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow roots), else the
 * page's, reduced to a registered language (`en`, plus those registered by a locale module such as
 * `@gatehouse/elements/locales/de`: without it a `lang="de"` page gets English). Callers must re-read it when
 * `lang` changes; it is not observed.
 */
export function resolveLocale(element: Element, supported: readonly string[] = registeredLocales()): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) {
      return pickLocale(node.getAttribute('lang')!, supported);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return pickLocale(document.documentElement.lang || navigator.language || 'en', supported);
}

/**
 * `de-AT` → `de` when only `de` is supported; case does not matter (`DE-ch` finds `de-CH`); unknown languages fall
 * back to the first supported one (`en`). Returns the supported entry as it is spelled there.
 */
export function pickLocale(tag: string, supported: readonly string[]): string {
  const find = (wanted: string) => supported.find((s) => s.toLowerCase() === wanted);
  const lower = tag.toLowerCase().replace(/_/g, '-');
  return find(lower) ?? find(lower.split('-')[0] ?? '') ?? supported[0] ?? 'en';
}

/** `{name, plural, one {…} other {…}}`; a branch may hold `{placeholders}` (one level of braces inside it). */
const pluralArgument = /\{\s*(\w+)\s*,\s*plural\s*,((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}/g;
const pluralBranch = /(=?\w+)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g;

/**
 * Formats `{name}` placeholders and `{n, plural, one {…} other {…}}` (`=0 {…}` too; `#` is the number), choosing
 * the plural branch by `locale`'s rules (Polish `few`/`many` work when a catalog has them). Unknown placeholders
 * stay visible, so a missing parameter shows instead of vanishing.
 */
export function formatMessage(template: string, params: Record<string, unknown> = {}, locale = 'en'): string {
  const has = (name: string) => Object.hasOwn(params, name);
  return template
    .replace(pluralArgument, (whole, name: string, spec: string) => {
      if (!has(name)) return whole;
      const n = Number(params[name]);
      const branches = new Map([...spec.matchAll(pluralBranch)].map((m) => [m[1], m[2] ?? '']));
      const branch =
        branches.get(`=${n}`) ??
        branches.get(new Intl.PluralRules(locale).select(n)) ??
        branches.get('other');
      return (branch ?? '').replace(/#/g, String(n));
    })
    .replace(/\{\s*(\w+)\s*\}/g, (whole, name: string) => (has(name) ? String(params[name]) : whole));
}

/** A chrome text of the elements in `locale` (a registered text, else English), formatted with `params`. */
export function uiText(locale: string, key: UiKey, params?: Record<string, unknown>): string {
  return formatMessage(registeredText(locale, (entry) => entry.ui, key) ?? en[key], params, locale);
}
