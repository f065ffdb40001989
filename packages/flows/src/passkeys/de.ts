/**
 * `@gatehouse/flows/passkeys/de`: the German texts of the passkey name form, registered with
 * `registerFormMessages`. A side effect only: without it the form's texts stay English on German pages.
 */
import '../../generated/forms/passkey-name.form.de.js';
