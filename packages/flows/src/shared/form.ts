import type { FormDefinition } from '@gatehouse/forms';
import { compileForm } from '@gatehouse/forms/compile';
import type { FlowIssue } from './issues.js';

/** What a flow needs from a compiled form: whole-form validation returning cleaned data or every issue. */
export interface FlowForm {
  readonly id: string;
  readonly definition: FormDefinition;
  validate(data: unknown): { ok: true; value: Record<string, unknown> } | { ok: false; issues: FlowIssue[] };
}

/**
 * Wrap a shipped form definition for use in guards. The form is compiled on first use, not at import, so
 * loading a flow costs nothing until its first SUBMIT (and bundlers can swap in a build-time compiled form).
 */
export function flowForm(definition: FormDefinition): FlowForm {
  let compiled: ReturnType<typeof compileForm> | undefined;
  return {
    id: definition.id,
    definition,
    validate(data) {
      compiled ??= compileForm(definition);
      const result = compiled.validate(data ?? {});
      if (result.ok) return { ok: true, value: result.value as Record<string, unknown> };
      return { ok: false, issues: result.issues.map((i) => ({ ...i })) };
    },
  };
}
