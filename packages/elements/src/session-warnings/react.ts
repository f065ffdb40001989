/**
 * `@gatehouse/elements/session-warnings/react`: `<gate-session-warnings>` as a React component, alone; register the
 * tag with `@gatehouse/elements/session-warnings/define`.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { GateSessionWarnings as GateSessionWarningsElement } from './session-warnings.element.js';

/**
 * `<gate-session-warnings>` as a React component (a signed-in page's banner for the session's warnings). The banner
 * dispatches no events, so there are no `on…` props: pass `session` (or `endpoint`) and `passwordChangeHref`.
 */
export const GateSessionWarnings = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'gate-session-warnings',
  elementClass: GateSessionWarningsElement,
  displayName: 'GateSessionWarnings',
});
