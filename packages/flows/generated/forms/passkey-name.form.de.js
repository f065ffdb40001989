// Generated from src/passkeys/passkey-name.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("passkey-name", "de", {"passkey.name":"Name des Passkeys","/name":{"required":"Geben Sie dem Passkey einen Namen.","minLength":"Geben Sie dem Passkey einen Namen.","maxLength":"Höchstens 64 Zeichen.","pattern":"Verwenden Sie Buchstaben, Ziffern und Leerzeichen (keine Zeilenumbrüche)."}});
