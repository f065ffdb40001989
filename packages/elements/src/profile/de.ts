/**
 * `@gatehouse/elements/profile/de`: German for `<gate-profile>` on `lang="de"` pages (and `de-AT`, `de-CH`, …): its
 * own texts plus the German every element shares (chrome, step issues, the forms' built-in messages). A side effect
 * only: import it beside `profile/define`. Other elements' texts stay English unless their own `/de` is imported
 * (`@gatehouse/elements/locales/de` imports all of them).
 */
import '@gatehouse/flows/profile/de';
import '../locales/de/shared.js';
import { profile } from '../locales/de/profile.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { profile } });
