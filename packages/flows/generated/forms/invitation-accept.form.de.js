// Generated from src/invitation-accept/invitation-accept.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("invitation-accept", "de", {"invitationAccept.new":"Passwort wählen","invitationAccept.new.help":"Verwenden Sie eine lange Passphrase; Einfügen aus einem Passwort-Manager ist erlaubt.","invitationAccept.confirm":"Passwort wiederholen","/confirmPassword":{"mismatch":"Die beiden Passwörter unterscheiden sich."}});
