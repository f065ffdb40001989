/**
 * Styles of `<gate-sessions>`: one row per session, its sign-out button beside it (below it on a phone). Kept out
 * of the shared flow stylesheet so other pages do not ship it.
 */
import { css } from 'lit';
import { cssToken as t } from '../common/css-token.js';

/** Styles of `<gate-sessions>`. */
export const sessionsStyles = css`
  .sessions { display: grid; gap: 0.75rem; }
  .session { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; padding: 0.75rem; border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; }
  .session h3 { margin: 0; font-size: 1rem; }
  .session p { margin: 0.125rem 0 0; }
  .badge { margin-left: 0.5rem; }
`;
