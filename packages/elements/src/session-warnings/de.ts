/**
 * `@gatehouse/elements/session-warnings/de`: German for `<gate-session-warnings>` on `lang="de"` pages (and `de-AT`,
 * `de-CH`, …). A side effect only: import it beside `session-warnings/define` (`@gatehouse/elements/locales/de`
 * imports it with all the others).
 */
import { sessionWarnings } from '../locales/de/session-warnings.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { 'session-warnings': sessionWarnings } });
