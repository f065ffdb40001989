/**
 * `@gatehouse/elements/passkeys/react`: `<gate-passkeys>` as a React component, alone. Register the tag with
 * `@gatehouse/elements/passkeys/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GatePasskeys as GatePasskeysElement,
  type PasskeysOutput,
  type PasskeysView,
} from './passkeys.element.js';

/** `<gate-passkeys>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GatePasskeys = /* @__PURE__ */ flowComponent<GatePasskeysElement, PasskeysView, PasskeysOutput>(
  'gate-passkeys',
  GatePasskeysElement,
  'GatePasskeys',
);
