// Generated from src/invitation/invitation.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "invitation" (a side effect only). */
export {};
