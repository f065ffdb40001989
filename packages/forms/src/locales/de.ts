/**
 * `@gatehouse/forms/locales/de`: importing this module registers the German built-in issue messages (and the German
 * generic text for unknown codes) for every form, compiled before or after. It has a side effect and nothing else:
 * `import '@gatehouse/forms/locales/de';` once, where the application starts.
 */
import { type IssueMessages, registerMessages } from '../messages/catalog.js';

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
    'Bitte verwenden Sie Ihre geschäftliche E-Mail-Adresse; {unicodeDomain} ist ein Freemail-Anbieter.',
  disposable:
    'Bitte verwenden Sie Ihre geschäftliche E-Mail-Adresse; {unicodeDomain} ist ein Wegwerf-E-Mail-Dienst.',
  'generic-role': 'Bitte verwenden Sie Ihre persönliche Firmenadresse, keine Funktionsadresse wie {word}@.',
  'shared-mailbox': 'Bitte verwenden Sie Ihre persönliche Firmenadresse, kein Team-Postfach wie {word}@.',
  'lookalike-domain':
    'Die Domain {unicodeDomain} ahmt eine andere Domain nach. Bitte prüfen Sie die Adresse.',
  'lookalike-domain.imitates':
    '{unicodeDomain} sieht aus wie {imitates}, ist aber eine andere Domain. Bitte prüfen Sie die Adresse.',
  'denied-domain': 'Adressen bei {unicodeDomain} können hier nicht verwendet werden.',
  'free-provider-typo':
    'Meinten Sie {suggestion}? Freemail-Anbieter sind nicht zugelassen; bitte verwenden Sie Ihre Firmenadresse.',
  'unknown-tld': '.{tld} ist keine Top-Level-Domain. Bitte prüfen Sie das Ende der Adresse.',
  'unknown-tld.suggestion': 'Meinten Sie {suggestion}? .{tld} ist keine Top-Level-Domain.',
  'domain-typo': 'Meinten Sie {suggestion}? Bitte prüfen Sie die Adresse; Sie können auch so fortfahren.',
  'undeliverable-domain':
    '{unicodeDomain} kann keine E-Mails empfangen (kein Mailserver). Bitte prüfen Sie die Adresse.',
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
  'invalid-characters':
    'Dieser Text enthält ein Zeichen, das hier nicht verwendet werden kann ({character}).',
  unchecked: 'Bitte setzen Sie das Häkchen, um fortzufahren.',
};

registerMessages('de', de, { fallback: 'Dieser Wert wurde nicht akzeptiert ({code}).' });
