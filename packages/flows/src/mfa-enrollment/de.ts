/**
 * `@gatehouse/flows/mfa-enrollment/de`: the German texts of the mfa-enrollment flow's forms (`mfa-code`, `mfa-reauthenticate`): labels, help and their
 * own issue messages, registered with `registerFormMessages`. A side effect only: without it the forms' texts stay
 * English on German pages (the built form modules ship English only). The forms' built-in issue messages are
 * `@gatehouse/forms/locales/de`; `@gatehouse/flows/locales/de` imports every flow's German.
 */
import '../../generated/forms/mfa-code.form.de.js';
import '../../generated/forms/mfa-reauthenticate.form.de.js';
