/**
 * `@gatehouse/elements/login/de`: German for `<gate-login>` on `lang="de"` pages (and `de-AT`, `de-CH`, …): its own
 * texts plus the German every element shares (chrome, step issues, the forms' built-in messages). A side effect
 * only: import it beside `login/define`. Other elements' texts stay English unless their own `/de` is imported
 * (`@gatehouse/elements/locales/de` imports all of them).
 */
import '@gatehouse/flows/login/de';
import '../locales/de/shared.js';
import { login } from '../locales/de/login.js';
import { passkeyIssues } from '../locales/de/passkey-issues.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { login, passkeyIssues } });
