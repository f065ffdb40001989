/**
 * The checklist under a new-password field: its lines and how they are drawn. A requirement's `code` is the issue
 * it prevents (the policy's own codes), so the list and the errors speak of the same rules; the numbers come from
 * the policy. `<gate-form>` loads this module as its own chunk the first time it shows a new-password field.
 */

import type { RuleRequirement } from '@gatehouse/forms';
import { html, type TemplateResult } from 'lit';
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

/**
 * The checklist of a new-password field: the policy's own requirements (`form.requirements`, the rule that also
 * decides), else the schema's length limits, counted in code points as the policy counts. None for a field that
 * only repeats another (its one rule is "the same as above").
 */
export function passwordHints(
  stated: readonly RuleRequirement[],
  field: RenderField,
  value: unknown,
  locale: string,
): PasswordHint[] {
  if (stated.length === 0) return lengthHints(field, value, locale);
  return stated.flatMap((r) => {
    const text = requirementText(locale, r.code, r.params);
    return text ? [{ text, met: r.met }] : [];
  });
}

/** The checklist as a list whose id the input names in `aria-describedby`; each line says met or not in words too. */
export function renderPasswordHints(
  hints: readonly PasswordHint[],
  id: string,
  locale: string,
): TemplateResult {
  return html`<ul class="gate-hints" id=${id} aria-label=${uiText(locale, 'passwordHints')}>
    ${hints.map(
      (h) =>
        html`<li data-met=${String(h.met)}>${h.text}<span class="gate-sr-only">
          (${uiText(locale, h.met ? 'hintMet' : 'hintUnmet')})</span></li>`,
    )}
  </ul>`;
}

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
