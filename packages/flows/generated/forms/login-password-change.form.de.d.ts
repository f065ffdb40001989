// Generated from src/login/login-password-change.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "login-password-change" (a side effect only). */
export {};
