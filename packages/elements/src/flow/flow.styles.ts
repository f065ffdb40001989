/**
 * The shadow-DOM stylesheet shared by every flow element (headings, status, alerts, buttons). Lit adopts it as a
 * constructable stylesheet, so it passes `style-src 'self'`. Colours and spacing come only from `--gate-*` tokens.
 */
import { css } from 'lit';
import { cssToken as t } from '../common/css-token.js';

/** Styles of the flow elements' chrome; parts (`::part(heading)` …) let a host restyle each piece. */
export const flowStyles = css`
  :host { display: block; font-family: ${t('--gate-font')}; font-size: ${t('--gate-font-size')}; color: ${t('--gate-color-text')}; }
  :host([hidden]) { display: none; }
  .step { display: grid; gap: ${t('--gate-space')}; max-width: calc(${t('--gate-max-width')} + 18rem); }
  #heading { font-size: 1.35em; font-weight: bold; outline: none; }
  p { margin: 0; }
  .muted { color: ${t('--gate-color-muted')}; font-size: 0.925em; }
  .alert { border: 2px solid ${t('--gate-color-error')}; color: ${t('--gate-color-error')}; border-radius: ${t('--gate-radius')}; padding: ${t('--gate-space')}; background: ${t('--gate-color-bg')}; }
  .alert:empty { display: none; }
  .note { border-inline-start: 4px solid ${t('--gate-color-accent')}; background: ${t('--gate-color-surface')}; padding: ${t('--gate-space')}; border-radius: ${t('--gate-radius')}; }
  .success { border-inline-start-color: ${t('--gate-color-success')}; }
  .actions { display: flex; flex-wrap: wrap; gap: ${t('--gate-space')}; align-items: center; }
  button, a.button { font: inherit; border-radius: ${t('--gate-radius')}; padding: 0.5rem 1rem; min-height: 2.5rem; cursor: pointer; border: 1px solid ${t('--gate-color-accent')}; background: ${t('--gate-color-bg')}; color: ${t('--gate-color-accent')}; }
  button.primary { background: ${t('--gate-color-accent')}; color: ${t('--gate-color-on-accent')}; }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  button:focus-visible, a.button:focus-visible { outline: none; box-shadow: ${t('--gate-focus-ring')}; }
  ul.plain { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
  h3 { font-size: 1.1em; margin: 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
