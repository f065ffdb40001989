/** Styles of `<gate-passkeys>`: one row per passkey, its buttons beside it (below it on a phone), the rename form. */
import { css } from 'lit';
import { cssToken as t } from '../common/css-token.js';

/** Styles of `<gate-passkeys>`. */
export const passkeysStyles = css`
  .passkeys { display: grid; gap: 0.75rem; }
  .passkey { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; padding: 0.75rem; border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; }
  .passkey h3 { margin: 0; font-size: 1rem; overflow-wrap: anywhere; }
  .passkey p { margin: 0.125rem 0 0; }
  .passkey .row-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .rename { display: grid; gap: 0.5rem; width: 100%; }
  .rename input { font: inherit; padding: 0.5rem; border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; max-width: 24rem; }
  .badge { margin-left: 0.5rem; }
  .codes { columns: 2; font-family: ui-monospace, monospace; }
`;
