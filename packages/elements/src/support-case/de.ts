/**
 * `@gatehouse/elements/support-case/de`: German for `<gate-support-case>` on `lang="de"` pages (and `de-AT`,
 * `de-CH`, …): its own texts plus the German every element shares (chrome, step issues, the forms' built-in
 * messages). A side effect only: import it beside `support-case/define`. Other elements' texts stay English unless
 * their own `/de` is imported (`@gatehouse/elements/locales/de` imports all of them).
 */
import '@gatehouse/flows/support-case/de';
import '../locales/de/shared.js';
import { supportCase } from '../locales/de/support-case.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { 'support-case': supportCase } });
