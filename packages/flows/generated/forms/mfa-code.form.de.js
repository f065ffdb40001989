// Generated from src/mfa-enrollment/mfa-code.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("mfa-code", "de", {"mfa.code":"6-stelliger Code","mfa.code.help":"Geben Sie den aktuellen Code Ihrer Authenticator-App oder den per E-Mail gesendeten Code ein.","/code":{"pattern":"Geben Sie die 6 Ziffern ein."}});
