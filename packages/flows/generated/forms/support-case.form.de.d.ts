// Generated from src/support-case/support-case.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "support-case" (a side effect only). */
export {};
