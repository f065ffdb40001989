// Generated from src/login/login-mfa.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("login-mfa", "de", {"login.mfa.method":"Bestätigungsmethode","login.mfa.method.totp":"Authenticator-App","login.mfa.method.email":"Code per E-Mail","login.mfa.code":"Bestätigungscode","/code":{"pattern":"Geben Sie den 6-stelligen Code ein.","code-already-used":"Dieser Code wurde gerade verwendet. Warten Sie auf den nächsten Code in Ihrer Authenticator-App."}});
