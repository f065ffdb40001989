// Generated from src/data-rights/account-deletion.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "account-deletion" (a side effect only). */
export {};
