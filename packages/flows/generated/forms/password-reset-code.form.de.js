// Generated from src/password-reset/password-reset-code.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("password-reset-code", "de", {"passwordReset.code":"Code","passwordReset.new":"Neues Passwort","passwordReset.confirm":"Neues Passwort wiederholen","/code":{"pattern":"Geben Sie die Ziffern des Codes ein."},"/confirmPassword":{"mismatch":"Die beiden Passwörter unterscheiden sich."}});
