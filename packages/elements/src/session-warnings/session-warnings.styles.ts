/** Styles of `<gate-session-warnings>`: one banner per warning. Its own sheet, so no other element ships it. */
import { css } from 'lit';
import { cssToken as t } from '../common/css-token.js';

/** Styles of `<gate-session-warnings>`. */
export const sessionWarningsStyles = css`
  :host { display: block; font-family: ${t('--gate-font')}; font-size: ${t('--gate-font-size')}; color: ${t('--gate-color-text')}; }
  :host([hidden]) { display: none; }
  .banner {
    border: 1px solid ${t('--gate-color-error')};
    border-inline-start-width: 0.35rem;
    border-radius: ${t('--gate-radius')};
    background: ${t('--gate-color-surface')};
    padding: ${t('--gate-space')};
    margin-block-end: ${t('--gate-space')};
  }
  .heading { font-weight: 700; margin: 0 0 0.25rem; }
  p { margin: 0 0 0.5rem; }
  p:last-child { margin-block-end: 0; }
  a { color: ${t('--gate-color-accent')}; font-weight: 600; }
  a:focus-visible { outline: none; box-shadow: ${t('--gate-focus-ring')}; border-radius: 2px; }
`;
