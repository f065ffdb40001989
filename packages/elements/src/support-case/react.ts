/**
 * `@gatehouse/elements/support-case/react`: `<gate-support-case>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/support-case/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GateSupportCase as GateSupportCaseElement,
  type SupportCaseOutput,
  type SupportCaseView,
} from './support-case.element.js';

/** `<gate-support-case>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateSupportCase = /* @__PURE__ */ flowComponent<
  GateSupportCaseElement,
  SupportCaseView,
  SupportCaseOutput
>('gate-support-case', GateSupportCaseElement, 'GateSupportCase');
