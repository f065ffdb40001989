/**
 * `@gatehouse/flows/locales/de`: the German texts of every flow form (each `@gatehouse/flows/<flow>/de`). A side
 * effect only, for servers and pages that show many flows; a page with one flow pays less with that flow's module.
 * The forms' built-in issue messages are separate: `@gatehouse/forms/locales/de`.
 */
import '../approval/de.js';
import '../email-change/de.js';
import '../invitation/de.js';
import '../invitation-accept/de.js';
import '../login/de.js';
import '../mfa-enrollment/de.js';
import '../passkeys/de.js';
import '../password-change/de.js';
import '../data-rights/de.js';
import '../password-reset/de.js';
import '../profile/de.js';
import '../registration/de.js';
import '../rma/de.js';
import '../support-case/de.js';
