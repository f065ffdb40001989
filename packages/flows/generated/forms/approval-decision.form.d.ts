// Generated from src/approval/approval-decision.form.json by scripts/forms.ts (buildForm, external: true, locales: ['en']). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import type { CompiledForm } from '@gatehouse/forms';
/** The compiled form "approval-decision". */
export declare const form: CompiledForm;
export default form;
