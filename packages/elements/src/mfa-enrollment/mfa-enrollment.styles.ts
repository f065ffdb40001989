/**
 * Styles of `<gate-mfa-enrollment>`: the secret key and the QR code. Kept out of the shared flow stylesheet so other pages do not ship it.
 */
import { css } from 'lit';
import { cssToken as t } from '../common/css-token.js';

/** Styles of `<gate-mfa-enrollment>`: the secret key and the QR code. */
export const mfaEnrollmentStyles = css`
  .secret { font-family: ui-monospace, monospace; font-size: 1.15em; letter-spacing: 0.08em; overflow-wrap: anywhere; }
  .qr { width: 12rem; height: 12rem; background: #fff; padding: 0.5rem; border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; }
  .qr svg { width: 100%; height: 100%; display: block; }
  /* A QR code stays dark on white whatever the theme: scanners need the contrast. */
  .qr .qr-bg { fill: #fff; }
  .qr .qr-fg { fill: #000; }
  /* Two columns of codes where there is room; one on a phone. Monospace so 0/o and 1/l never look alike. */
  .codes { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0.25rem 1.5rem; padding-left: 1.75rem; }
  /* The passkey card's link looks like the other cards' buttons (the shared button rule gives the rest). */
  a.button { display: inline-flex; align-items: center; text-decoration: none; box-sizing: border-box; }
  .codes code { font-family: ui-monospace, monospace; font-size: 1.1em; letter-spacing: 0.06em; }
`;
