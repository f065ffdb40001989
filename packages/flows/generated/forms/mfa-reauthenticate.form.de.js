// Generated from src/mfa-enrollment/mfa-reauthenticate.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("mfa-reauthenticate", "de", {"mfa.reauth.password":"Passwort","mfa.reauth.help":"Bestätigen Sie zu Ihrer Sicherheit Ihr Passwort, bevor Sie Anmeldefaktoren ändern."});
