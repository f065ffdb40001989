// Generated from src/mfa-enrollment/mfa-code.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "mfa-code" (a side effect only). */
export {};
