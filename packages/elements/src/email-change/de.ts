/**
 * `@gatehouse/elements/email-change/de`: German for `<gate-email-change>` on `lang="de"` pages: its own texts, the
 * e-mail change form's and the German every element shares. A side effect only: import it beside `email-change/define`.
 */
import '@gatehouse/flows/email-change/de';
import '../locales/de/shared.js';
import { emailChange, emailChangeIssues } from '../locales/de/email-change.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { 'email-change': emailChange, emailChangeIssues } });
