/**
 * Built-in message catalogs (English and German) for every built-in issue code: the JSON Schema keywords the
 * engine reports and the codes of the shipped named rules. Parameters use ICU-style `{name}` placeholders.
 */

/** Messages for one locale, keyed by issue code. */
export type IssueMessages = Readonly<Record<string, string>>;

const en: IssueMessages = {
  required: 'Please fill in this field.',
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
  'invalid-syntax': 'Please enter a valid e-mail address, like name@company.com.',
  'free-provider': 'Please use your company e-mail address; {domain} is a free e-mail provider.',
  disposable: 'Please use your company e-mail address; {domain} is a disposable e-mail service.',
  'generic-role': 'Please use your personal company address, not a shared role address like {word}@.',
  'shared-mailbox': 'Please use your personal company address, not a team mailbox like {word}@.',
  'lookalike-domain': 'The domain {domain} imitates another domain. Please check the address.',
  'denied-domain': 'Addresses at {domain} cannot be used here.',
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
};

const de: IssueMessages = {
  required: 'Bitte füllen Sie dieses Feld aus.',
  type: 'Bitte geben Sie einen Wert vom Typ {type} ein.',
  minLength: 'Bitte geben Sie mindestens {min} Zeichen ein.',
  maxLength: 'Bitte geben Sie höchstens {max} Zeichen ein.',
  pattern: 'Bitte verwenden Sie das erwartete Format.',
  format: 'Bitte geben Sie ein gültiges Format ({format}) ein.',
  enum: 'Bitte wählen Sie einen der angebotenen Werte.',
  const: 'Bitte bestätigen Sie dies.',
  minimum: 'Bitte geben Sie {min} oder mehr ein.',
  maximum: 'Bitte geben Sie {max} oder weniger ein.',
  exclusiveMinimum: 'Bitte geben Sie einen Wert über {min} ein.',
  exclusiveMaximum: 'Bitte geben Sie einen Wert unter {max} ein.',
  multipleOf: 'Bitte geben Sie ein Vielfaches von {multipleOf} ein.',
  minItems: 'Bitte fügen Sie mindestens {min} Einträge hinzu.',
  maxItems: 'Bitte fügen Sie höchstens {max} Einträge hinzu.',
  uniqueItems: 'Einträge dürfen sich nicht wiederholen (Eintrag {first} und {second} sind gleich).',
  minProperties: 'Bitte füllen Sie mindestens {min} Werte aus.',
  maxProperties: 'Bitte füllen Sie höchstens {max} Werte aus.',
  additionalProperties: 'Der Wert {property} ist hier nicht vorgesehen.',
  unevaluatedProperties: 'Der Wert {property} ist hier nicht vorgesehen.',
  unevaluatedItems: 'Es gibt mehr Einträge als vorgesehen.',
  contains: 'Bitte fügen Sie einen Eintrag der erwarteten Art hinzu.',
  minContains: 'Bitte fügen Sie mindestens {min} Einträge der erwarteten Art hinzu.',
  maxContains: 'Bitte fügen Sie höchstens {max} Einträge der erwarteten Art hinzu.',
  dependentRequired: 'Bitte füllen Sie auch dieses Feld aus.',
  propertyNames: 'Der Name {property} ist nicht erlaubt.',
  not: 'Dieser Wert ist nicht erlaubt.',
  anyOf: 'Bitte geben Sie den Wert in einer der akzeptierten Formen ein.',
  oneOf: 'Bitte geben Sie den Wert in genau einer der akzeptierten Formen ein.',
  'false-schema': 'Dieser Wert ist nicht erlaubt.',
  'invalid-syntax': 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@firma.de.',
  'free-provider':
    'Bitte verwenden Sie Ihre geschäftliche E-Mail-Adresse; {domain} ist ein Freemail-Anbieter.',
  disposable:
    'Bitte verwenden Sie Ihre geschäftliche E-Mail-Adresse; {domain} ist ein Wegwerf-E-Mail-Dienst.',
  'generic-role': 'Bitte verwenden Sie Ihre persönliche Firmenadresse, keine Funktionsadresse wie {word}@.',
  'shared-mailbox': 'Bitte verwenden Sie Ihre persönliche Firmenadresse, kein Team-Postfach wie {word}@.',
  'lookalike-domain': 'Die Domain {domain} ahmt eine andere Domain nach. Bitte prüfen Sie die Adresse.',
  'denied-domain': 'Adressen bei {domain} können hier nicht verwendet werden.',
  'too-short': 'Bitte verwenden Sie mindestens {min} Zeichen.',
  'too-long': 'Bitte verwenden Sie höchstens {max} Zeichen.',
  'common-password': 'Dieses Passwort ist zu verbreitet. Bitte wählen Sie ein anderes.',
  'missing-lowercase': 'Bitte verwenden Sie mindestens einen Kleinbuchstaben.',
  'missing-uppercase': 'Bitte verwenden Sie mindestens einen Großbuchstaben.',
  'missing-digit': 'Bitte verwenden Sie mindestens eine Ziffer.',
  'missing-symbol': 'Bitte verwenden Sie mindestens ein Sonderzeichen, z. B. ! oder #.',
  'contains-context': 'Das Passwort darf {word} nicht enthalten.',
  'invalid-phone': 'Bitte geben Sie eine gültige Telefonnummer mit Ländervorwahl ein.',
  mismatch: 'Die beiden Eingaben stimmen nicht überein.',
};

/** The shipped locales; lint demands a message in each of them for every code a form can produce. */
export const shippedLocales = ['en', 'de'] as const;

/** Built-in catalogs by locale. */
export const builtinMessages: Readonly<Record<string, IssueMessages>> = { en, de };

/**
 * The text for an issue code no catalog knows (a host rule without texts, a code from a newer server): generic,
 * localised, and naming the code so a support desk can tell what happened.
 */
export const fallbackMessages: Readonly<Record<string, string>> = {
  en: 'This value was not accepted ({code}).',
  de: 'Dieser Wert wurde nicht akzeptiert ({code}).',
};

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
