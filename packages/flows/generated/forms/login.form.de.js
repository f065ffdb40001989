// Generated from src/login/login.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import { registerFormMessages } from '@gatehouse/forms';
registerFormMessages("login", "de", {"login.email":"E-Mail-Adresse","login.password":"Passwort"});
