/**
 * `@gatehouse/elements/support-info/de`: German for `<gate-support-info>` on `lang="de"` pages (and `de-AT`,
 * `de-CH`, …): its own texts plus the German every element shares (chrome, step issues, the forms' built-in
 * messages). A side effect only: import it beside `support-info/define`. Other elements' texts stay English unless
 * their own `/de` is imported (`@gatehouse/elements/locales/de` imports all of them).
 */
import '../locales/de/shared.js';
import { supportInfo } from '../locales/de/support-info.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { 'support-info': supportInfo } });
