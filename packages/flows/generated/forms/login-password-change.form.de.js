// Generated from src/login/login-password-change.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("login-password-change", "de", {"login.newPassword":"Neues Passwort","login.newPassword.help":"Verwenden Sie eine lange Passphrase; Einfügen aus einem Passwort-Manager ist erlaubt.","login.confirmPassword":"Neues Passwort wiederholen","/confirmPassword":{"mismatch":"Die beiden Passwörter unterscheiden sich."}});
