import type { CompiledForm, FormDefinition } from '@gatehouse/forms';
import { GatehouseError } from '@gatehouse/rules';

/**
 * A flow's compiled form: the full `CompiledForm` interface (`validate`, `validateField`, `fields`,
 * `requiredMissing`, messages…) that `<gate-form>` renders and the SUBMIT guards run, plus the definition it was
 * built from (the server reads its schema). A tentative-only rejection (browser e-mail filter) is
 * `{ ok: true, value, warnings }`: it never blocks a SUBMIT, the server's exact check decides.
 */
export interface FlowForm extends CompiledForm {
  readonly definition: FormDefinition;
}

/**
 * Pairs a build-time compiled form module (`generated/forms/<name>.form.js`, from `pnpm --filter
 * @gatehouse/flows forms`) with its definition. Nothing is compiled here: no ajv, no code generation, so
 * flows load under `script-src 'self'`. Throws `GatehouseError` `invalid-definition` if the two do not match.
 */
export function flowForm(built: CompiledForm, definition: FormDefinition): FlowForm {
  if (built.id !== definition.id) {
    throw new GatehouseError(
      'invalid-definition',
      `built form "${built.id}" is not definition "${definition.id}": run pnpm --filter @gatehouse/flows forms`,
      { field: 'id' },
    );
  }
  return Object.freeze({
    ...built,
    definition,
    // Guards receive whatever an event carries: a missing `data` is an empty submission, not a crash.
    validate: (data: unknown) => built.validate(data ?? {}),
  });
}
