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

/** Formats `{name}` placeholders and `{n, plural, one {…} other {…}}`; unknown placeholders stay visible. */
export function formatMessage(template: string, params: Record<string, unknown> = {}): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    out += formatArgument(template.slice(open + 1, close), params, template.slice(open, close + 1));
    i = close + 1;
  }
  return out + template.slice(i);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j += 1) {
    if (text[j] === '{') depth += 1;
    else if (text[j] === '}') {
      depth -= 1;
      if (depth === 0) return j;
    }
  }
  return -1;
}

function formatArgument(body: string, params: Record<string, unknown>, original: string): string {
  const [name = '', kind, ...rest] = body.split(',');
  const key = name.trim();
  if (!(key in params)) return original;
  const value = params[key];
  if (kind?.trim() !== 'plural') return String(value);
  // Plural branches: `one {…} other {…}` (and `=0 {…}`); `#` is the number.
  const n = Number(value);
  const branches = new Map<string, string>();
  const spec = rest.join(',');
  const re = /\s*(=?\w+)\s*\{/g;
  let match = re.exec(spec);
  while (match) {
    const start = match.index + match[0].length - 1;
    const end = matchingBrace(spec, start);
    if (end < 0) break;
    branches.set(match[1] ?? '', spec.slice(start + 1, end));
    re.lastIndex = end + 1;
    match = re.exec(spec);
  }
  const category = new Intl.PluralRules('en').select(n);
  const branch = branches.get(`=${n}`) ?? branches.get(category) ?? branches.get('other') ?? '';
  return formatMessage(branch.replace(/#/g, String(n)), params);
}

/** A chrome text of the elements in `locale` (a registered text, else English), formatted with `params`. */
export function uiText(locale: string, key: UiKey, params?: Record<string, unknown>): string {
  return formatMessage(registeredText(locale, (entry) => entry.ui, key) ?? en[key], params);
}
