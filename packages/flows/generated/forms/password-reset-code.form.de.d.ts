// Generated from src/password-reset/password-reset-code.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "password-reset-code" (a side effect only). */
export {};
