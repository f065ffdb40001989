/**
 * `@gatehouse/elements/form/react`: `<gate-form>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/form/define`.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type {
  GateChangeDetail,
  GateErrorDetail,
  GateFormStepDetail,
  GateFormSubmittedDetail,
  GateSubmitDetail,
} from '../common/events.js';
import { GateForm as GateFormElement } from './gate-form.element.js';

/**
 * `<gate-form>` as a React component: `form`, `value`, `issues` are properties; `onGateSubmit`, `onGateChange`,
 * `onGateFormStep` (a multi-step form moved), and with `form-id`: `onGateFormSubmitted`, `onGateError`.
 */
export const GateForm = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'gate-form',
  elementClass: GateFormElement,
  displayName: 'GateForm',
  events: {
    onGateSubmit: 'gate-submit' as EventName<CustomEvent<GateSubmitDetail>>,
    onGateChange: 'gate-change' as EventName<CustomEvent<GateChangeDetail>>,
    onGateFormStep: 'gate-form-step' as EventName<CustomEvent<GateFormStepDetail>>,
    onGateFormSubmitted: 'gate-form-submitted' as EventName<CustomEvent<GateFormSubmittedDetail>>,
    onGateError: 'gate-error' as EventName<CustomEvent<GateErrorDetail>>,
  },
});
