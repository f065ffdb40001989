export { check, checkSync } from './check/check.js';
export type {
  ActorOutcome,
  CheckOptions,
  CheckResult,
  CoverageSet,
  EventDomain,
  StepArgs,
  TraceStep,
  Violation,
  ViolationKind,
} from './check/types.js';
export { GatehouseError } from './errors.js';
export { stableKey } from './explore/stable-key.js';
