import type { AnyStateMachine } from 'xstate';
import type { CheckOptions } from '../check/types.js';

/** What a model file default-exports (or an array of these): a machine, its check options, a name. */
export interface ModelDefinition<TMachine extends AnyStateMachine = AnyStateMachine> {
  machine: TMachine;
  options?: CheckOptions<TMachine>;
  /** Shown in the summary (default: the machine id). */
  name?: string;
}

/**
 * Types a model file's default export: `options` (invariants, steps, liveness predicates, event domains
 * as functions) are checked against the machine's own snapshot, context and events under `tsc --strict`.
 * Returns its argument unchanged.
 */
export function defineModel<TMachine extends AnyStateMachine>(
  model: ModelDefinition<TMachine>,
): ModelDefinition<TMachine> {
  return model;
}
