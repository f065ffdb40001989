/**
 * `@gatehouse/elements/mfa-enrollment/de`: German for `<gate-mfa-enrollment>` on `lang="de"` pages (and `de-AT`,
 * `de-CH`, …): its own texts plus the German every element shares (chrome, step issues, the forms' built-in
 * messages). A side effect only: import it beside `mfa-enrollment/define`. Other elements' texts stay English
 * unless their own `/de` is imported (`@gatehouse/elements/locales/de` imports all of them).
 */
import '@gatehouse/flows/mfa-enrollment/de';
import '../locales/de/shared.js';
import { mfaEnrollment } from '../locales/de/mfa-enrollment.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { 'mfa-enrollment': mfaEnrollment } });
