/**
 * `@gatehouse/elements/data-rights/react`: `<gate-data-rights>` as a React component, alone. A lazy route that imports
 * it loads this element and nothing of the others; register the tag with `@gatehouse/elements/data-rights/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  type DataRightsOutput,
  type DataRightsView,
  GateDataRights as GateDataRightsElement,
} from './data-rights.element.js';

/** `<gate-data-rights>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateDataRights = /* @__PURE__ */ flowComponent<
  GateDataRightsElement,
  DataRightsView,
  DataRightsOutput
>('gate-data-rights', GateDataRightsElement, 'GateDataRights');
