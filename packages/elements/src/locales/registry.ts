/**
 * The registry of the elements' languages. English is built into every text catalog (`en` beside each element, the
 * chrome in `en.ts`, the step issues in `flow/issue-texts.ts`); every other language joins here, from a locale
 * module (`import '@gatehouse/elements/locales/de'`) or a host's own {@link registerLocale} call. A page therefore
 * bundles only the languages it imports.
 */
import { elementError } from '../common/errors.js';
import { en, type UiKey } from './en.js';

/** Texts of one language. Every part and every key is optional: what is missing falls back to English, key by key. */
export interface LocaleTexts {
  /** Chrome of `<gate-form>` and the flow shells (`submit`, `stillRequired`, …: the keys of `en.ts`). */
  readonly ui?: Readonly<Partial<Record<UiKey, string>>>;
  /** Whole-step issue texts by code (`invalid-credentials`, `generic`, …). */
  readonly issues?: Readonly<Record<string, string>>;
  /** Each flow element's texts, by the `id` of its catalog (`registration`, `login`, `approval-queue`, …). */
  readonly elements?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** One registered language, as the lookups read it. */
export interface RegisteredLocale {
  readonly ui: Readonly<Record<string, string>>;
  readonly issues: Readonly<Record<string, string>>;
  /** A Map, so an element id such as `__proto__` cannot reach a prototype. */
  readonly elements: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

// Keyed by canonical tag (`de`, `de-CH`). One registry per page (realm), not per module copy: an element bundle
// loaded twice (tolerant `define`) still speaks the languages either copy's locale module registered. Keep the
// entry shape compatible across versions.
const registryKey = Symbol.for('gatehouse.elements.locales');
const registry: Map<string, RegisteredLocale> =
  ((globalThis as Record<symbol, unknown>)[registryKey] as Map<string, RegisteredLocale> | undefined) ??
  new Map();
(globalThis as Record<symbol, unknown>)[registryKey] = registry;

function invalid(field: string, message: string, params: Record<string, unknown> = {}): never {
  throw elementError('invalid-locale-texts', `registerLocale: ${field} ${message}`, { field, ...params });
}

/** Checks that `value` is an object of strings; returns a copy (own keys only, `__proto__` stays a key). */
function strings(value: unknown, field: string): Record<string, string> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    invalid(field, 'must be an object of strings');
  let entries: [string, unknown][];
  try {
    entries = Object.entries(value);
  } catch {
    invalid(field, 'cannot be read');
  }
  for (const [key, text] of entries) {
    if (typeof text !== 'string')
      invalid(`${field}.${key}`, `must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/**
 * Registers (or extends, key by key) the texts of `locale` for every element, and makes `resolveLocale` offer it.
 * Throws a `GatehouseError`-shaped error (`invalid-locale` for a tag that is not BCP 47, `invalid-locale-texts`
 * naming the first bad entry) and then registers nothing. Call it before the elements render: a page already
 * showing English is not re-rendered. Form issue messages come from `@gatehouse/forms` (`registerMessages`).
 */
export function registerLocale(locale: string, texts: LocaleTexts): void {
  let tag: string | undefined;
  try {
    tag =
      typeof locale === 'string' && locale !== ''
        ? Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0]
        : undefined;
  } catch {
    // RangeError: not a language tag; reported below.
  }
  if (!tag) {
    throw elementError('invalid-locale', `registerLocale: locale ${String(locale)} is not a BCP 47 tag`, {
      field: 'locale',
    });
  }
  if (texts === null || typeof texts !== 'object' || Array.isArray(texts))
    invalid('texts', 'must be an object');
  const ui = strings(texts.ui, 'ui');
  for (const key of Object.keys(ui))
    if (!Object.hasOwn(en, key)) invalid(`ui.${key}`, 'is not a chrome text key');
  const issues = strings(texts.issues, 'issues');
  const raw = texts.elements;
  if (raw !== undefined && (raw === null || typeof raw !== 'object' || Array.isArray(raw)))
    invalid('elements', 'must be an object of catalogs by element id');
  const elements = Object.entries(raw ?? {}).map(
    ([id, catalog]) => [id, strings(catalog, `elements.${id}`)] as const,
  );

  // Merged with fromEntries (own data properties), never Object.assign: a `__proto__` key must stay a key.
  const merge = (a: Record<string, string> | undefined, b: Record<string, string>) =>
    Object.fromEntries([...Object.entries(a ?? {}), ...Object.entries(b)]) as Record<string, string>;
  const entry = registry.get(tag) ?? { ui: {}, issues: {}, elements: new Map() };
  const byId = new Map(entry.elements);
  for (const [id, catalog] of elements) byId.set(id, merge(byId.get(id), catalog));
  registry.set(tag, { ui: merge(entry.ui, ui), issues: merge(entry.issues, issues), elements: byId });
}

/** The languages elements can speak now: `en`, then every registered tag in registration order. */
export function registeredLocales(): string[] {
  return ['en', ...[...registry.keys()].filter((tag) => tag !== 'en')];
}

/**
 * The registered entries to try for `locale`, most specific first (`de-CH` → `de-CH`, `de`); English is not in
 * the list (each caller falls back to its own built-in English).
 */
export function localeEntries(locale: string): RegisteredLocale[] {
  const out: RegisteredLocale[] = [];
  const lower = locale.toLowerCase();
  const base = lower.split(/[-_]/)[0];
  for (const [tag, entry] of registry) if (tag.toLowerCase() === lower) out.push(entry);
  if (base !== lower) for (const [tag, entry] of registry) if (tag.toLowerCase() === base) out.push(entry);
  return out;
}

/** The first registered text along `locale`'s chain, picked by `read`; `undefined` means "use English". */
export function registeredText(
  locale: string,
  read: (entry: RegisteredLocale) => Readonly<Record<string, string>> | undefined,
  key: string,
): string | undefined {
  for (const entry of localeEntries(locale)) {
    const catalog = read(entry);
    if (catalog && Object.hasOwn(catalog, key)) return catalog[key];
  }
  return undefined;
}
