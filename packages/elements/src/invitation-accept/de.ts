/**
 * `@gatehouse/elements/invitation-accept/de`: German for `<gate-invitation-accept>` on `lang="de"` pages (and
 * `de-AT`, `de-CH`, …): its own texts plus the German every element shares (chrome, step issues, the forms'
 * built-in messages). A side effect only: import it beside `invitation-accept/define`. Other elements' texts stay
 * English unless their own `/de` is imported (`@gatehouse/elements/locales/de` imports all of them).
 */
import '@gatehouse/flows/invitation-accept/de';
import '../locales/de/shared.js';
import { invitationAccept } from '../locales/de/invitation-accept.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { 'invitation-accept': invitationAccept } });
