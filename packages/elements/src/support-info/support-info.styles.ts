/**
 * Styles of `<gate-support-info>`: the large support PIN. Kept out of the shared flow stylesheet so other pages do not ship it.
 */
import { css } from 'lit';

/** Styles of `<gate-support-info>`: the large support PIN, and its facts stacked on a phone. */
export const supportInfoStyles = css`
  .pin { font-family: ui-monospace, monospace; font-size: 2em; letter-spacing: 0.15em; overflow-wrap: anywhere; }
  dl { grid-template-columns: minmax(0, max-content) minmax(0, 1fr); }
  dd { min-width: 0; overflow-wrap: anywhere; }
  /* A phone (390 px) has no room for label and value side by side next to an 8-digit PIN: stack them. */
  @media (max-width: 30rem) {
    dl { grid-template-columns: minmax(0, 1fr); }
    dd + dt { margin-top: 0.5rem; }
  }
`;
