/**
 * `@gatehouse/flows/invitation/de`: the German texts of the invitation flow's forms (`invitation`): labels, help and their
 * own issue messages, registered with `registerFormMessages`. A side effect only: without it the forms' texts stay
 * English on German pages (the built form modules ship English only). The forms' built-in issue messages are
 * `@gatehouse/forms/locales/de`; `@gatehouse/flows/locales/de` imports every flow's German.
 */
import '../../generated/forms/invitation.form.de.js';
