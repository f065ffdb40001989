import type { CompiledForm, ValidateOptions } from '@gatehouse/forms';

/**
 * A flow's compiled form: the full `CompiledForm` interface (`validate`, `validateField`, `fields`,
 * `requiredMissing`, messages…) that `<gate-form>` renders and the SUBMIT guards run. It carries no JSON
 * definition (browsers never read it): a server gets the schema from `@gatehouse/flows/definitions`
 * (`flowDefinition(form.id)`). A tentative-only rejection (browser e-mail filter) is `{ ok: true, value, warnings }`:
 * it never blocks a SUBMIT, the server's exact check decides.
 */
export interface FlowForm extends CompiledForm {}

/**
 * Wraps a build-time compiled form module (`generated/forms/<name>.form.js`, from `pnpm --filter @gatehouse/flows
 * forms`) for the machines: a missing `data` validates as `{}`. Nothing is compiled here (no ajv, no code
 * generation), so flows load under `script-src 'self'`; that the module matches its definition is a test
 * (`src/forms/built-forms.test.ts`), not a run-time check.
 */
export function flowForm(built: CompiledForm): FlowForm {
  return Object.freeze({
    ...built,
    // Guards receive whatever an event carries: a missing `data` is an empty submission, not a crash.
    validate: (data: unknown, options?: ValidateOptions) => built.validate(data ?? {}, options),
  });
}
