// Generated from src/invitation-accept/invitation-accept.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "invitation-accept" (a side effect only). */
export {};
