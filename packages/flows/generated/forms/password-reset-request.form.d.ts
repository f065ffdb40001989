// Generated from src/password-reset/password-reset-request.form.json by scripts/forms.ts (buildForm, external: true, locales: ['en']). Do not edit: run `pnpm --filter @gatehouse/flows forms`.
import type { CompiledForm } from '@gatehouse/forms';
/** The compiled form "password-reset-request". */
export declare const form: CompiledForm;
export default form;
