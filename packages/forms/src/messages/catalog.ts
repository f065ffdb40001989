/**
 * The built-in message catalogs for every built-in issue code (the JSON Schema keywords the engine reports and the
 * codes of the shipped named rules), and the registry other locales join. English is built in; German is one import
 * away (`import '@gatehouse/forms/locales/de'`), so a browser page pays only for the languages it ships.
 * Parameters use ICU-style `{name}` placeholders. A key `<code>.<param>` holds the text for when an issue carries that
 * param (`unknown-tld.suggestion`); it wins over `<code>` in the same catalog.
 */
import { registryError } from './registry-error.js';

/** Messages for one locale, keyed by issue code. */
export type IssueMessages = Readonly<Record<string, string>>;

const en: IssueMessages = {
  required: 'Please fill in this field.',
  unchecked: 'Please tick this box to continue.',
  type: 'Please enter a value of type {type}.',
  minLength: 'Please enter at least {min} characters.',
  maxLength: 'Please enter at most {max} characters.',
  pattern: 'Please use the expected format.',
  format: 'Please enter a valid {format}.',
  enum: 'Please choose one of the offered values.',
  const: 'Please confirm this.',
  minimum: 'Please enter {min} or more.',
  maximum: 'Please enter {max} or less.',
  exclusiveMinimum: 'Please enter a value above {min}.',
  exclusiveMaximum: 'Please enter a value below {max}.',
  multipleOf: 'Please enter a multiple of {multipleOf}.',
  minItems: 'Please add at least {min} entries.',
  maxItems: 'Please add at most {max} entries.',
  uniqueItems: 'Entries must not repeat (entry {first} and {second} are the same).',
  minProperties: 'Please fill in at least {min} values.',
  maxProperties: 'Please fill in at most {max} values.',
  additionalProperties: 'The value {property} is not expected here.',
  unevaluatedProperties: 'The value {property} is not expected here.',
  unevaluatedItems: 'There are more entries than expected.',
  contains: 'Please add an entry of the expected kind.',
  minContains: 'Please add at least {min} entries of the expected kind.',
  maxContains: 'Please add at most {max} entries of the expected kind.',
  dependentRequired: 'Please fill in this field as well.',
  propertyNames: 'The name {property} is not allowed.',
  not: 'This value is not allowed.',
  anyOf: 'Please enter a value in one of the accepted forms.',
  oneOf: 'Please enter a value in exactly one of the accepted forms.',
  'false-schema': 'This value is not allowed.',
  'too-short': 'Please use at least {min} characters.',
  'too-long': 'Please use at most {max} characters.',
  'common-password': 'This password is too common. Please choose another one.',
  'missing-lowercase': 'Please include a lower-case letter.',
  'missing-uppercase': 'Please include an upper-case letter.',
  'missing-digit': 'Please include a digit.',
  'missing-symbol': 'Please include a symbol, such as ! or #.',
  'contains-context': 'The password must not contain {word}.',
  'invalid-phone': 'Please enter a valid phone number, including the country code.',
  mismatch: 'The two entries do not match.',
  'invalid-characters': 'This text contains a character that cannot be used here ({character}).',
};

/**
 * The locales Gatehouse ships texts for; lint demands a message in each of them for every code a form can
 * produce. Only `en` is built in: the others are registered by their module (`@gatehouse/forms/locales/de`).
 */
export const shippedLocales = ['en', 'de'] as const;

/** The registry's state. Its shape is shared by every copy of this module on a page: keep it compatible. */
interface MessageStore {
  messages: Record<string, IssueMessages>;
  fallbacks: Record<string, string>;
}

// One store per page (realm), not per module copy: a page that loads @gatehouse/forms twice (a prebuilt flows bundle
// beside the host's own) must see German in both once either copy's locale module ran. Plain objects (not Maps) so
// `builtinMessages[locale]` keeps working; keys are canonical tags, never `__proto__` or `constructor`.
const storeKey = Symbol.for('gatehouse.forms.messages');
const store: MessageStore = ((globalThis as Record<symbol, unknown>)[storeKey] as
  | MessageStore
  | undefined) ?? {
  messages: { en },
  fallbacks: { en: 'This value was not accepted ({code}).' },
};
(globalThis as Record<symbol, unknown>)[storeKey] = store;

/**
 * Built-in catalogs by canonical locale tag: `en` plus every locale registered with {@link registerMessages}.
 * A live view: a locale module imported later shows up here, so read it when you need it, not once at start-up.
 */
export const builtinMessages: Readonly<Record<string, IssueMessages>> = store.messages;

/**
 * The text for an issue code no catalog knows (a host rule without texts, a code from a newer server): generic,
 * localised, and naming the code so a support desk can tell what happened. Live, like {@link builtinMessages}.
 */
export const fallbackMessages: Readonly<Record<string, string>> = store.fallbacks;

/** Options of {@link registerMessages}. */
export interface RegisterMessagesOptions {
  /** The generic text for codes no catalog knows, with a `{code}` placeholder (else the next locale's is used). */
  fallback?: string;
}

/** `de_ch` / `DE-ch` → `de-CH`; `undefined` when the tag is not a well-formed BCP 47 language tag. */
export function canonicalLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    // RangeError: not a language tag.
    return undefined;
  }
}

/**
 * Adds (or overrides, key by key) the built-in issue messages of `locale`, for every form compiled before or
 * after, and for every copy of this package on the page. Throws a `GatehouseError` (`isGatehouseError`) `invalid-locale` for a tag that is not BCP 47, `invalid-messages` naming the
 * first entry that is not a string. A regional tag only needs the texts that differ: `de-CH` falls back to `de`,
 * then `en`, key by key.
 */
export function registerMessages(
  locale: string,
  messages: Readonly<Record<string, string>>,
  options: RegisterMessagesOptions = {},
): void {
  const tag = canonicalLocale(locale);
  if (tag === undefined) {
    throw registryError(
      'invalid-locale',
      `registerMessages: locale must be a BCP 47 language tag such as "de" or "de-CH", got ${JSON.stringify(locale) ?? String(locale)}`,
      { field: 'locale', value: locale },
    );
  }
  if (messages === null || typeof messages !== 'object' || Array.isArray(messages)) {
    throw registryError(
      'invalid-messages',
      `registerMessages(${tag}): messages must be an object of strings`,
      {
        field: 'messages',
        locale: tag,
      },
    );
  }
  let entries: [string, unknown][];
  try {
    entries = Object.entries(messages);
  } catch {
    // A revoked proxy or a throwing getter: bad input, reported like any other.
    throw registryError('invalid-messages', `registerMessages(${tag}): messages cannot be read`, {
      field: 'messages',
      locale: tag,
    });
  }
  for (const [key, value] of entries) {
    if (typeof value !== 'string') {
      throw registryError(
        'invalid-messages',
        `registerMessages(${tag}): message "${key}" must be a string, got ${value === null ? 'null' : typeof value}`,
        { field: `messages.${key}`, locale: tag, key },
      );
    }
  }
  const fallback = options?.fallback;
  if (fallback !== undefined && typeof fallback !== 'string') {
    throw registryError('invalid-messages', `registerMessages(${tag}): options.fallback must be a string`, {
      field: 'options.fallback',
      locale: tag,
    });
  }
  // fromEntries defines own properties, so a `__proto__` key stays a key and never becomes the prototype.
  // Every value was checked to be a string above.
  store.messages[tag] = Object.freeze(
    Object.fromEntries([...Object.entries(store.messages[tag] ?? {}), ...entries]) as Record<string, string>,
  );
  if (fallback !== undefined) store.fallbacks[tag] = fallback;
}

/**
 * Adds texts that ship with a rule to a locale's built-in catalog, keeping every text already there (a host's
 * `registerMessages` made before the rule arrived wins). Internal: the texts are the package's own, so unlike
 * {@link registerMessages} nothing is validated (and a page that never registers texts does not carry the checks).
 */
export function addRuleMessages(locale: string, messages: IssueMessages): void {
  store.messages[locale] = Object.freeze({ ...messages, ...store.messages[locale] });
}

/** `catalog[key]` when it is the catalog's own string (never an inherited `constructor` or `__proto__`). */
export function ownText(catalog: unknown, key: string): string | undefined {
  if (catalog === null || typeof catalog !== 'object' || !Object.hasOwn(catalog, key)) return undefined;
  const value: unknown = (catalog as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The locales to try for `locale`, most specific first: `de-CH` → `de-CH`, `de`; anything else → itself. */
export function localeChain(locale: unknown): string[] {
  if (typeof locale !== 'string' || locale === '') return ['en'];
  const base = locale.split(/[-_]/)[0]!;
  return base !== locale && base !== '' ? [locale, base] : [locale];
}

/** `String(value)` that never throws (a null-prototype object or a throwing `toString` gives `?`). */
function display(value: unknown): string {
  try {
    return Array.isArray(value) ? value.map(display).join(', ') : String(value);
  } catch {
    return '?';
  }
}

/**
 * Substitutes ICU-style `{name}` placeholders with the param's own value; arrays are joined with ", ", missing
 * params stay visible as `{name}`. Total: any template and params give a string (a non-string template gives
 * `""`), so a renderer never crashes on a catalog gap.
 */
export function formatMessage(template: unknown, params?: unknown): string {
  if (typeof template !== 'string') return '';
  const values = params !== null && typeof params === 'object' ? params : {};
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    let value: unknown;
    try {
      value = Object.hasOwn(values, name) ? (values as Record<string, unknown>)[name] : undefined;
    } catch {
      // A throwing getter (or a revoked proxy) counts as a missing param.
      value = undefined;
    }
    return value === undefined ? whole : display(value);
  });
}
