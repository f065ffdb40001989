/**
 * `@gatehouse/elements/sessions/de`: German for `<gate-sessions>` on `lang="de"` pages (and `de-AT`, `de-CH`, …):
 * its own texts plus the German every element shares (chrome, step issues). A side effect only: import it beside
 * `sessions/define`. Other elements' texts stay English unless their own `/de` is imported
 * (`@gatehouse/elements/locales/de` imports all of them).
 */
import '../locales/de/shared.js';
import { sessions } from '../locales/de/sessions.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { sessions } });
