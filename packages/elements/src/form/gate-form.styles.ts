/**
 * The stylesheet of `<gate-form>`. The form renders in light DOM (see docs/decisions/0002), so these rules are
 * adopted into the element's root node and scoped under `:where(gate-form)` to stay at class specificity: a host
 * overrides them with one class selector, or themes them through the `--gate-*` tokens.
 */
import { token as t } from '../common/tokens.js';

/** The CSS text (exported for the size check and for hosts that want to copy it into their own sheet). */
export const gateFormCss = `
:where(gate-form) { display: block; font-family: ${t('--gate-font')}; font-size: ${t('--gate-font-size')}; color: ${t('--gate-color-text')}; }
:where(gate-form) .gate-layout { display: flex; flex-wrap: wrap; gap: calc(2 * ${t('--gate-space')}); align-items: flex-start; }
:where(gate-form) .gate-form { flex: 1 1 20rem; max-width: ${t('--gate-max-width')}; display: grid; gap: ${t('--gate-space')}; margin: 0; }
:where(gate-form) .gate-field { display: grid; gap: 0.25rem; border: 0; margin: 0; padding: 0; min-width: 0; }
:where(gate-form) fieldset.gate-field { border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; padding: ${t('--gate-space')}; }
:where(gate-form) .gate-label, :where(gate-form) legend { font-weight: 600; }
:where(gate-form) .gate-mark { color: ${t('--gate-color-error')}; margin-inline-start: 0.15em; }
:where(gate-form) .gate-input { font: inherit; color: inherit; background: ${t('--gate-color-bg')}; border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; padding: 0.5rem 0.6rem; min-height: 2.5rem; box-sizing: border-box; width: 100%; }
:where(gate-form) textarea.gate-input { min-height: 6rem; resize: vertical; }
:where(gate-form) .gate-input:focus-visible, :where(gate-form) .gate-button:focus-visible, :where(gate-form) input[type=checkbox]:focus-visible, :where(gate-form) input[type=radio]:focus-visible { outline: none; box-shadow: ${t('--gate-focus-ring')}; }
:where(gate-form) .gate-input[aria-invalid=true] { border-color: ${t('--gate-color-error')}; border-width: 2px; }
:where(gate-form) .gate-help { color: ${t('--gate-color-muted')}; font-size: 0.875em; margin: 0; }
:where(gate-form) :is(.gate-slot, .gate-notice, .gate-error) { font-size: 0.875em; line-height: 1.35; min-height: 1.35em; margin: 0; display: flow-root; }
:where(gate-form) [data-kept]::before { content: attr(data-kept); float: left; width: 100%; margin-inline-end: -100%; visibility: hidden; }
:where(gate-form) .gate-error { color: ${t('--gate-color-error')}; }
:where(gate-form) .gate-choice { display: flex; gap: 0.5rem; align-items: center; }
:where(gate-form) .gate-hints { list-style: none; margin: 0; padding: 0; font-size: 0.875em; color: ${t('--gate-color-muted')}; }
:where(gate-form) .gate-hints [data-met=true] { color: ${t('--gate-color-success')}; }
:where(gate-form) .gate-hints [data-met=true]::before { content: "✓ "; }
:where(gate-form) .gate-hints [data-met=false]::before { content: "• "; }
:where(gate-form) .gate-list-item { display: flex; gap: 0.5rem; align-items: end; }
:where(gate-form) .gate-button { font: inherit; border-radius: ${t('--gate-radius')}; padding: 0.5rem 1rem; min-height: 2.5rem; cursor: pointer; border: 1px solid ${t('--gate-color-accent')}; background: ${t('--gate-color-bg')}; color: ${t('--gate-color-accent')}; }
:where(gate-form) .gate-submit { background: ${t('--gate-color-accent')}; color: ${t('--gate-color-on-accent')}; justify-self: start; }
:where(gate-form) .gate-button:disabled { opacity: 0.6; cursor: not-allowed; }
:where(gate-form) .gate-required { flex: 0 1 16rem; background: ${t('--gate-color-surface')}; border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; padding: ${t('--gate-space')}; }
:where(gate-form) .gate-required h2 { font-size: 1em; margin: 0 0 0.5rem; }
:where(gate-form) .gate-required ul { margin: 0; padding-inline-start: 1.2rem; }
:where(gate-form) .gate-link { font: inherit; text-align: start; vertical-align: top; background: none; border: 0; padding: 0; color: ${t('--gate-color-accent')}; text-decoration: underline; cursor: pointer; }
:where(gate-form) .gate-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

let sheet: CSSStyleSheet | undefined;

/** The shared constructable sheet, built on first use (not at import, so importing stays side-effect free). */
export function gateFormSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(gateFormCss);
  }
  return sheet;
}
