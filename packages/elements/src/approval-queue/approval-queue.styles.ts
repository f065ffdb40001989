/**
 * Styles of `<gate-approval-queue>`: the table and the review form. Kept out of the shared flow stylesheet so other pages do not ship it.
 */
import { css } from 'lit';
import { cssToken as t } from '../common/css-token.js';

/** Styles of `<gate-approval-queue>`: the table and the review form. */
export const approvalQueueStyles = css`
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: start; padding: 0.4rem 0.5rem; border-bottom: 1px solid ${t('--gate-color-border')}; vertical-align: top; }
  label { display: grid; gap: 0.25rem; font-weight: 600; }
  label.inline { display: inline; }
  textarea, input[type=text] { font: inherit; color: inherit; background: ${t('--gate-color-bg')}; border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; padding: 0.5rem; }
`;
