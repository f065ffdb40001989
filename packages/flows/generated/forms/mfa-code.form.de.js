// Generated from src/mfa-enrollment/mfa-code.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("mfa-code", "de", {"mfa.code":"6-stelliger Code","/code":{"pattern":"Geben Sie die 6 Ziffern ein."}});
