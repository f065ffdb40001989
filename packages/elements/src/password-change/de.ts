/**
 * `@gatehouse/elements/password-change/de`: German for `<gate-password-change>` on `lang="de"` pages (and `de-AT`,
 * `de-CH`, …): its own texts plus the German every element shares (chrome, step issues, the forms' built-in
 * messages). A side effect only: import it beside `password-change/define`. Other elements' texts stay English
 * unless their own `/de` is imported (`@gatehouse/elements/locales/de` imports all of them).
 */
import '@gatehouse/flows/password-change/de';
import '../locales/de/shared.js';
import { passwordChange } from '../locales/de/password-change.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { 'password-change': passwordChange } });
