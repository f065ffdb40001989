/**
 * Styles of `<gate-data-rights>`: the two lists of what is deleted and what is kept, and the warning look of the
 * buttons that delete. Kept out of the shared flow stylesheet so other pages do not ship it.
 */
import { css } from 'lit';
import { cssToken as t } from '../common/css-token.js';

/** Styles of `<gate-data-rights>`. */
export const dataRightsStyles = css`
  .facts { display: grid; gap: 0.5rem; }
  .facts p { padding-inline-start: 0.75rem; border-inline-start: 3px solid ${t('--gate-color-border')}; }
  .warning { font-weight: 600; }
  button.danger { border-color: ${t('--gate-color-error')}; color: ${t('--gate-color-error')}; }
  /* The button that deletes for good (the step's submit) is drawn in the error colour. */
  button[part~='submit'] { background: ${t('--gate-color-error')}; border-color: ${t('--gate-color-error')}; color: ${t('--gate-color-on-accent')}; }
  .error { color: ${t('--gate-color-error')}; font-weight: 600; }
`;
