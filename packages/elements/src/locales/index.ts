/**
 * `@gatehouse/elements/locales`: the language registry of the elements. English is built in; import
 * `@gatehouse/elements/locales/de` for German, or call {@link registerLocale} with another language's texts (and
 * `registerMessages` of `@gatehouse/forms` for its form messages). Importing this module registers nothing.
 */
export type { UiCatalog, UiKey } from './en.js';
export { type LocaleTexts, registeredLocales, registerLocale } from './registry.js';
