/**
 * `@gatehouse/elements/registration/de`: German for `<gate-registration>` on `lang="de"` pages (and `de-AT`,
 * `de-CH`, …): its own texts plus the German every element shares (chrome, step issues, the forms' built-in
 * messages). A side effect only: import it beside `registration/define`. Other elements' texts stay English unless
 * their own `/de` is imported (`@gatehouse/elements/locales/de` imports all of them).
 */
import '@gatehouse/flows/registration/de';
import '../locales/de/shared.js';
import { registration } from '../locales/de/registration.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { registration } });
