// Generated from src/profile/profile-phone-code.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "profile-phone-code" (a side effect only). */
export {};
