/**
 * `@gatehouse/flows/data-rights/de`: the German texts of the data-rights flow's form (`account-deletion`): labels, help
 * and its own issue messages, registered with `registerFormMessages`. A side effect only: without it the form's texts
 * stay English on German pages (the built form modules ship English only). `@gatehouse/flows/locales/de` imports
 * every flow's German.
 */
import '../../generated/forms/account-deletion.form.de.js';
