/**
 * Styles of `<gate-support-info>`: the large support PIN. Kept out of the shared flow stylesheet so other pages do not ship it.
 */
import { css } from 'lit';

/** Styles of `<gate-support-info>`: the large support PIN. */
export const supportInfoStyles = css`
  .pin { font-family: ui-monospace, monospace; font-size: 2em; letter-spacing: 0.15em; }
`;
