// Generated from src/approval/approval-decision.form.json by scripts/forms.ts (buildFormMessages, 'de'). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
/** Registers the de texts of the form "approval-decision" (a side effect only). */
export {};
