// Generated from src/mfa-enrollment/mfa-reauthenticate.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "mfa-reauthenticate" (a side effect only). */
export {};
