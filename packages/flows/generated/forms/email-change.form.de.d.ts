// Generated from src/email-change/email-change.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "email-change" (a side effect only). */
export {};
