/**
 * `@gatehouse/flows/email-change/de`: the German texts of the e-mail change's form (`email-change`): labels, help and
 * its own issue messages, registered with `registerFormMessages`. A side effect only: without it the form's texts
 * stay English on German pages (the built form modules ship English only). The forms' built-in issue messages are
 * `@gatehouse/forms/locales/de`; `@gatehouse/flows/locales/de` imports every flow's German.
 */
import '../../generated/forms/email-change.form.de.js';
