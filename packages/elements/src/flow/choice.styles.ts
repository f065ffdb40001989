/**
 * Styles of option cards (MFA methods), the support-case environment drop-down, badges and overdue marks. Kept out of the shared flow stylesheet so other pages do not ship it.
 */
import { css } from 'lit';
import { cssToken as t } from '../common/css-token.js';

/** Styles of option cards (MFA methods), the support-case environment drop-down, badges and overdue marks. */
export const choiceStyles = css`
  .options { display: grid; gap: ${t('--gate-space')}; }
  .option { border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; padding: ${t('--gate-space')}; display: grid; gap: 0.5rem; justify-items: start; }
  .badge { display: inline-block; font-size: 0.8em; font-weight: 600; padding: 0.1rem 0.5rem; border-radius: 999px; background: ${t('--gate-color-success')}; color: ${t('--gate-color-on-accent')}; margin-inline-start: 0.5rem; }
  .field { display: grid; gap: 0.35rem; }
  .field label { font-weight: 600; }
  .field select { font: inherit; color: inherit; background: ${t('--gate-color-bg')}; border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; padding: 0.5rem 0.6rem; min-height: 2.5rem; max-width: 100%; }
  .field select:focus-visible { outline: none; box-shadow: ${t('--gate-focus-ring')}; }
  .field select[aria-invalid=true] { border-color: ${t('--gate-color-error')}; border-width: 2px; }
  .field p { margin: 0; }
  .overdue { color: ${t('--gate-color-error')}; font-weight: 600; }
`;
