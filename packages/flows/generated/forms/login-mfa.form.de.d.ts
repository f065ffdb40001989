// Generated from src/login/login-mfa.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "login-mfa" (a side effect only). */
export {};
