/**
 * `@gatehouse/elements/data-rights/de`: German for `<gate-data-rights>` on `lang="de"` pages: its own texts, the
 * deletion form's and the German every element shares. A side effect only: import it beside `data-rights/define`.
 */
import '@gatehouse/flows/data-rights/de';
import '../locales/de/shared.js';
import { dataRights, dataRightsIssues } from '../locales/de/data-rights.js';
import { registerLocale } from '../locales/registry.js';

registerLocale('de', { elements: { dataRights, dataRightsIssues } });
