/**
 * The per-form message registry: a form's texts for a locale, added after (or before) the form was built. Built
 * form modules ship English only; `<id>.form.de.js` (from `buildFormMessages`) registers the German texts here,
 * so an English page never downloads them. The engine reads this registry on every lookup (`messagesFor`).
 */
import type { LocaleMessages } from '../definition/types.js';
import { canonicalLocale } from './catalog.js';
import { registryError } from './registry-error.js';

/** The registry's state: form id → canonical locale → texts. Shared by every copy of this module on a page. */
type FormMessageStore = Map<string, Map<string, LocaleMessages>>;

// One store per page (realm), like the built-in catalogs: a German module importing one copy of @gatehouse/forms
// must reach forms created by another copy (a self-contained built form beside the host's own engine).
const storeKey = Symbol.for('gatehouse.forms.form-messages');
const store: FormMessageStore =
  ((globalThis as Record<symbol, unknown>)[storeKey] as FormMessageStore | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[storeKey] = store;

/**
 * The registered texts of form `formId` for the canonical tag `locale`, or `undefined`. Live: read it at each
 * lookup, so a registration made after a form was created still applies.
 */
export function registeredFormMessages(formId: string, locale: string): LocaleMessages | undefined {
  return store.get(formId)?.get(locale);
}

// Array.isArray throws on a revoked proxy: such a value counts as an object here and fails when read.
function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

function describe(value: unknown): string {
  return value === null ? 'null' : isArray(value) ? 'an array' : typeof value;
}

function isPlainObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !isArray(value);
}

/** `Object.entries` that reports a revoked proxy or a throwing getter as bad input instead of crashing. */
function entriesOf(value: object, fail: () => Error): [string, unknown][] {
  try {
    return Object.entries(value);
  } catch {
    throw fail();
  }
}

/**
 * Adds (or overrides, key by key and per field code by code) the texts of form `formId` for `locale`, exactly as
 * the definition's `messages.<locale>` would hold them: message key or issue code → string, and under a field
 * pointer (`/company/name`) an object of issue code → string. Applies to forms created before or after, in every
 * copy of this package on the page. Throws a `GatehouseError` `invalid-form-id`, `invalid-locale` (not BCP 47) or
 * `invalid-messages` naming the first bad entry in `params.field` (`messages./email.required`). Field pointers
 * are not checked against the form (the registry does not know it): a wrong pointer is simply never read.
 */
export function registerFormMessages(
  formId: string,
  locale: string,
  messages: Readonly<LocaleMessages>,
): void {
  if (typeof formId !== 'string' || formId === '') {
    throw registryError(
      'invalid-form-id',
      `registerFormMessages: formId must be a non-empty string, got ${JSON.stringify(formId) ?? describe(formId)}`,
      { field: 'formId', value: formId },
    );
  }
  const tag = canonicalLocale(locale);
  if (tag === undefined) {
    throw registryError(
      'invalid-locale',
      `registerFormMessages(${formId}): locale must be a BCP 47 language tag such as "de" or "de-CH", got ${JSON.stringify(locale) ?? describe(locale)}`,
      { field: 'locale', value: locale, formId },
    );
  }
  const where = `registerFormMessages(${formId}, ${tag})`;
  const bad = (field: string, message: string) =>
    registryError('invalid-messages', `${where}: ${message}`, { field, formId, locale: tag });
  if (!isPlainObject(messages)) {
    throw bad('messages', `messages must be an object of texts, got ${describe(messages)}`);
  }
  const checked: [string, string | Readonly<Record<string, string>>][] = [];
  for (const [key, value] of entriesOf(messages, () => bad('messages', 'messages cannot be read'))) {
    if (typeof value === 'string') {
      checked.push([key, value]);
      continue;
    }
    if (!key.startsWith('/') || !isPlainObject(value)) {
      throw bad(
        `messages.${key}`,
        `message "${key}" must be a string (or, under a field pointer, an object of codes), got ${describe(value)}`,
      );
    }
    const codes = entriesOf(value, () => bad(`messages.${key}`, `message "${key}" cannot be read`));
    for (const [code, text] of codes) {
      if (typeof text !== 'string') {
        throw bad(
          `messages.${key}.${code}`,
          `message "${code}" of field ${key} must be a string, got ${describe(text)}`,
        );
      }
    }
    checked.push([key, Object.freeze(Object.fromEntries(codes) as Record<string, string>)]);
  }

  let locales = store.get(formId);
  if (!locales) {
    locales = new Map();
    store.set(formId, locales);
  }
  // A Map, then fromEntries (own properties): a `__proto__` key stays a key and never becomes the prototype.
  const merged = new Map<string, string | Readonly<Record<string, string>>>(
    Object.entries(locales.get(tag) ?? {}),
  );
  for (const [key, value] of checked) {
    const earlier = merged.get(key);
    merged.set(
      key,
      typeof value === 'object' && typeof earlier === 'object'
        ? Object.freeze(Object.fromEntries([...Object.entries(earlier), ...Object.entries(value)]))
        : value,
    );
  }
  locales.set(tag, Object.freeze(Object.fromEntries(merged)) as LocaleMessages);
}
