/**
 * The shadow-DOM stylesheet shared by every flow element (headings, status, alerts, buttons). Lit adopts it as a
 * constructable stylesheet, so it passes `style-src 'self'`. Colours and spacing come only from `--gate-*` tokens.
 */
import { css, unsafeCSS } from 'lit';
import { tokenDefaults } from '../shared/tokens.js';

// Token values are our own constants (not user input), so turning them into CSS text is safe.
const t = (name: keyof typeof tokenDefaults) => unsafeCSS(`var(${name}, ${tokenDefaults[name]})`);

/** Styles of the flow elements' chrome; parts (`::part(heading)` …) let a host restyle each piece. */
export const flowStyles = css`
  :host { display: block; font-family: ${t('--gate-font')}; font-size: ${t('--gate-font-size')}; color: ${t('--gate-color-text')}; }
  :host([hidden]) { display: none; }
  .step { display: grid; gap: ${t('--gate-space')}; max-width: calc(${t('--gate-max-width')} + 18rem); }
  h2 { font-size: 1.35em; margin: 0; }
  h2:focus { outline: none; }
  h2:focus-visible { box-shadow: ${t('--gate-focus-ring')}; }
  p { margin: 0; }
  .muted { color: ${t('--gate-color-muted')}; font-size: 0.925em; }
  .alert { border: 2px solid ${t('--gate-color-error')}; color: ${t('--gate-color-error')}; border-radius: ${t('--gate-radius')}; padding: ${t('--gate-space')}; background: ${t('--gate-color-bg')}; }
  .alert:empty { display: none; }
  .note { border-inline-start: 4px solid ${t('--gate-color-accent')}; background: ${t('--gate-color-surface')}; padding: ${t('--gate-space')}; border-radius: ${t('--gate-radius')}; }
  .success { border-inline-start-color: ${t('--gate-color-success')}; }
  .actions { display: flex; flex-wrap: wrap; gap: ${t('--gate-space')}; align-items: center; }
  button { font: inherit; border-radius: ${t('--gate-radius')}; padding: 0.5rem 1rem; min-height: 2.5rem; cursor: pointer; border: 1px solid ${t('--gate-color-accent')}; background: ${t('--gate-color-bg')}; color: ${t('--gate-color-accent')}; }
  button.primary { background: ${t('--gate-color-accent')}; color: ${t('--gate-color-on-accent')}; }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  button:focus-visible { outline: none; box-shadow: ${t('--gate-focus-ring')}; }
  .secret { font-family: ui-monospace, monospace; font-size: 1.15em; letter-spacing: 0.08em; overflow-wrap: anywhere; }
  .pin { font-family: ui-monospace, monospace; font-size: 2em; letter-spacing: 0.15em; }
  .qr { width: 12rem; height: 12rem; background: #fff; padding: 0.5rem; border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; }
  .qr svg { width: 100%; height: 100%; display: block; }
  /* A QR code stays dark on white whatever the theme: scanners need the contrast. */
  .qr .qr-bg { fill: #fff; }
  .qr .qr-fg { fill: #000; }
  .options { display: grid; gap: ${t('--gate-space')}; }
  .option { border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; padding: ${t('--gate-space')}; display: grid; gap: 0.5rem; justify-items: start; }
  .badge { display: inline-block; font-size: 0.8em; font-weight: 600; padding: 0.1rem 0.5rem; border-radius: 999px; background: ${t('--gate-color-success')}; color: ${t('--gate-color-on-accent')}; margin-inline-start: 0.5rem; }
  .overdue { color: ${t('--gate-color-error')}; font-weight: 600; }
  ul.plain { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
  h3 { font-size: 1.1em; margin: 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: start; padding: 0.4rem 0.5rem; border-bottom: 1px solid ${t('--gate-color-border')}; vertical-align: top; }
  label { display: grid; gap: 0.25rem; font-weight: 600; }
  label.inline { display: inline; }
  textarea, input[type=text] { font: inherit; color: inherit; background: ${t('--gate-color-bg')}; border: 1px solid ${t('--gate-color-border')}; border-radius: ${t('--gate-radius')}; padding: 0.5rem; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
