/**
 * `@gatehouse/elements/locales/de`: importing this module makes every element speak German on `lang="de"` pages
 * (and `de-AT`, `de-CH`, …): the chrome, each flow element's texts, the step issues, and the forms' built-in issue
 * messages (`@gatehouse/forms/locales/de`). A side effect only: `import '@gatehouse/elements/locales/de';` once,
 * beside the `define` import. A page showing one element pays less with that element's own module
 * (`@gatehouse/elements/registration/de`, …). Without either, German pages show English.
 */
// Exactly the per-element modules, so both ways register the same texts.
import '../approval-queue/de.js';
import '../invitation-accept/de.js';
import '../invite-user/de.js';
import '../login/de.js';
import '../mfa-enrollment/de.js';
import '../password-change/de.js';
import '../passkeys/de.js';
import '../password-reset/de.js';
import '../profile/de.js';
import '../registration/de.js';
import '../rma-request/de.js';
import '../support-case/de.js';
import '../sessions/de.js';
import '../session-warnings/de.js';
import '../data-rights/de.js';
import '../email-change/de.js';
import '../support-info/de.js';
