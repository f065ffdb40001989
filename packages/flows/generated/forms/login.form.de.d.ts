// Generated from src/login/login.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "login" (a side effect only). */
export {};
