// Generated from src/passkeys/passkey-name.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "passkey-name" (a side effect only). */
export {};
