/**
 * `@gatehouse/elements/profile/react`: `<gate-profile>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/profile/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GateProfile as GateProfileElement,
  type ProfileOutput,
  type ProfileView,
} from './profile.element.js';

/** `<gate-profile>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateProfile = /* @__PURE__ */ flowComponent<GateProfileElement, ProfileView, ProfileOutput>(
  'gate-profile',
  GateProfileElement,
  'GateProfile',
);
