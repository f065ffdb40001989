/** The flow element base and helpers, for hosts that build their own flow elements or install the fetch adapter. */
export { Countdown, secondsUntil } from './countdown.js';
export {
  type FlowPorts,
  GateFlowElement,
  type HttpPortsFactory,
  type StepForm,
  type StepView,
  setHttpPorts,
  stepName,
} from './flow-element.js';
export { type FlowFormLike, renderableForm } from './flow-form.js';
export { PERSIST_VERSION, type PersistMode } from './persistence.js';
