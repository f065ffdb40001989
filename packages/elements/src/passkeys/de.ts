/**
 * `@gatehouse/elements/passkeys/de`: German for `<gate-passkeys>` on `lang="de"` pages: its own texts, the passkey
 * issues, the name form's and the German every element shares. A side effect only: import it beside
 * `passkeys/define`.
 */
import '@gatehouse/flows/passkeys/de';
import '@gatehouse/flows/mfa-enrollment/de';
import '../locales/de/shared.js';
import { passkeyIssues } from '../locales/de/passkey-issues.js';
import { passkeys } from '../locales/de/passkeys.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { passkeys, passkeyIssues } });
