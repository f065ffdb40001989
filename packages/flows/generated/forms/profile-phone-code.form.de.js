// Generated from src/profile/profile-phone-code.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("profile-phone-code", "de", {"profile.phoneCode":"SMS-Code","profile.phoneCode.help":"Geben Sie den 6-stelligen Code ein, den wir an Ihre neue Nummer gesendet haben.","/code":{"pattern":"Geben Sie die 6 Ziffern ein."}});
