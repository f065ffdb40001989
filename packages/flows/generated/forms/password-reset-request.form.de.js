// Generated from src/password-reset/password-reset-request.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("password-reset-request", "de", {"passwordReset.email":"E-Mail-Adresse","passwordReset.email.help":"Falls ein Konto existiert, senden wir einen Code an dessen bestätigte Telefonnummer, sonst an diese Adresse."});
