/**
 * `@gatehouse/elements/invite-user/de`: German for `<gate-invite-user>` on `lang="de"` pages (and `de-AT`, `de-CH`,
 * …): its own texts plus the German every element shares (chrome, step issues, the forms' built-in messages). A
 * side effect only: import it beside `invite-user/define`. Other elements' texts stay English unless their own
 * `/de` is imported (`@gatehouse/elements/locales/de` imports all of them).
 */
import '@gatehouse/flows/invitation/de';
import '../locales/de/shared.js';
import { inviteUser } from '../locales/de/invite-user.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { 'invite-user': inviteUser } });
