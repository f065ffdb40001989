/**
 * `@gatehouse/forms/locales`: the registry of built-in issue messages. English is built in; import
 * `@gatehouse/forms/locales/de` for German, or call {@link registerMessages} with your own locale's texts.
 * Importing this module registers nothing.
 */
export {
  builtinMessages,
  canonicalLocale,
  fallbackMessages,
  type IssueMessages,
  type RegisterMessagesOptions,
  registerMessages,
  shippedLocales,
} from '../messages/catalog.js';
