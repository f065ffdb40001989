/**
 * The texts of a new password's checklist. A requirement's `code` is the issue it prevents (the policy's own
 * codes), so the list and the errors speak of the same rules; the numbers come from the policy.
 */

import { uiText } from '../common/messages.js';
import type { UiKey } from '../locales/en.js';
import type { RenderField } from './form-model.js';

/** One line of the checklist. */
export interface PasswordHint {
  text: string;
  met: boolean;
}

const KEYS: Record<string, UiKey> = {
  'too-long': 'hintMaxLength',
  'missing-lowercase': 'hintLowercase',
  'missing-uppercase': 'hintUppercase',
  'missing-digit': 'hintDigit',
  'missing-symbol': 'hintSymbol',
  'contains-context': 'hintContext',
  'common-password': 'hintCommon',
};

/** The checklist line of a policy requirement, or `undefined` for a code the elements have no line for. */
export function requirementText(
  locale: string,
  code: string,
  params: Record<string, unknown>,
): string | undefined {
  if (code === 'too-short') {
    return uiText(locale, params.mfaMin === undefined ? 'hintMinLength' : 'hintMinLengthMfa', params);
  }
  const key = KEYS[code];
  return key ? uiText(locale, key, params) : undefined;
}

/**
 * Hints from the schema's length limits, for a form whose rule states no requirements. Only a minimum above 1
 * makes a checklist ("At least 1 characters" tells nobody anything, and a repeat field has nothing to list).
 */
export function lengthHints(field: RenderField, value: unknown, locale: string): PasswordHint[] {
  const c = field.constraints ?? {};
  if (typeof c.minLength !== 'number' || c.minLength < 2) return [];
  const length = typeof value === 'string' ? [...value].length : 0;
  const hints: PasswordHint[] = [
    { text: uiText(locale, 'hintMinLength', { min: c.minLength }), met: length >= c.minLength },
  ];
  if (typeof c.maxLength === 'number') {
    hints.push({ text: uiText(locale, 'hintMaxLength', { max: c.maxLength }), met: length <= c.maxLength });
  }
  return hints;
}
