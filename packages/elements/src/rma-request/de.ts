/**
 * `@gatehouse/elements/rma-request/de`: German for `<gate-rma-request>` on `lang="de"` pages (and `de-AT`, `de-CH`,
 * …): its own texts plus the German every element shares (chrome, step issues, the forms' built-in messages). A
 * side effect only: import it beside `rma-request/define`. Other elements' texts stay English unless their own
 * `/de` is imported (`@gatehouse/elements/locales/de` imports all of them).
 */
import '@gatehouse/flows/rma/de';
import '../locales/de/shared.js';
import { rmaRequest } from '../locales/de/rma-request.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { 'rma-request': rmaRequest } });
