/**
 * `@gatehouse/elements/support-info/react`: `<gate-support-info>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/support-info/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GateSupportInfo as GateSupportInfoElement,
  type SupportInfoOutput,
  type SupportInfoView,
} from './support-info.element.js';

/** `<gate-support-info>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateSupportInfo = /* @__PURE__ */ flowComponent<
  GateSupportInfoElement,
  SupportInfoView,
  SupportInfoOutput
>('gate-support-info', GateSupportInfoElement, 'GateSupportInfo');
