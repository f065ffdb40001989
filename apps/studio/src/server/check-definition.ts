/**
 * What the studio shows about a definition, from the forms package itself: its lint problems (pointer and
 * sentence) and, for sample data, the answer the server's validator gives (`compileForm(...).validate`).
 */

import type { FormResult } from '@gatehouse/forms';
import { compileForm } from '@gatehouse/forms/compile';
import { type LintProblem, lintDefinition } from '@gatehouse/forms/lint';
import { isGatehouseError } from '@gatehouse/rules';
// The sample answer is given in German too; the German built-in texts register themselves (a side effect).
import '@gatehouse/forms/locales/de';

/** Lint problems of the definition (empty when it is fine). */
export function lintForStudio(definition: unknown): LintProblem[] {
  return lintDefinition(definition);
}

/** The server's answer to `data`, or the definition's problems when it does not compile. */
export function validateSample(
  definition: unknown,
  data: unknown,
  locale: string,
): { result: FormResult } | { problems: LintProblem[] } {
  try {
    const form = compileForm(definition, { locale });
    return { result: form.validate(data) };
  } catch (error) {
    if (isGatehouseError(error) && Array.isArray(error.params.problems))
      return { problems: error.params.problems as LintProblem[] };
    throw error;
  }
}
