// Generated from src/email-change/email-change.form.json by scripts/forms.ts (buildForm, external: true, locales: ['en']). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import type { CompiledForm } from '@gatehouse/forms';
/** The compiled form "email-change". */
export declare const form: CompiledForm;
export default form;
