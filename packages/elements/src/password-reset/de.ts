/**
 * `@gatehouse/elements/password-reset/de`: German for `<gate-password-reset>` on `lang="de"` pages (and `de-AT`,
 * `de-CH`, …): its own texts plus the German every element shares (chrome, step issues, the forms' built-in
 * messages). A side effect only: import it beside `password-reset/define`. Other elements' texts stay English
 * unless their own `/de` is imported (`@gatehouse/elements/locales/de` imports all of them).
 */
import '@gatehouse/flows/password-reset/de';
import '../locales/de/shared.js';
import { passwordReset } from '../locales/de/password-reset.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { 'password-reset': passwordReset } });
