/**
 * `@gatehouse/elements/locales/de`: importing this module makes every element speak German on `lang="de"` pages
 * (and `de-AT`, `de-CH`, …): the chrome, each flow element's texts, the step issues, and the forms' built-in issue
 * messages (it imports `@gatehouse/forms/locales/de`). A side effect only: `import '@gatehouse/elements/locales/de';`
 * once, beside the `define` import. Without it German pages show English.
 */
import '@gatehouse/forms/locales/de';
import { elements } from './de/elements.js';
import { issues } from './de/issues.js';
import { de as ui } from './de/ui.js';
import { registerLocale } from './registry.js';

registerLocale('de', { ui, issues, elements });
