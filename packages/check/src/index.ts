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
export type { DiagramOptions } from './diagram/diagram-model.js';
export { toDot } from './diagram/to-dot.js';
export { toMermaid } from './diagram/to-mermaid.js';
export { GatehouseError } from './errors.js';
export { stableKey } from './explore/stable-key.js';
export type { GeneratedFile, GenerateOptions } from './generate/generate.js';
export { generateSuite, suiteFiles } from './generate/generate.js';
export type { GeneratedPath, GeneratedStep, GeneratedSuite } from './generate/suite.js';
export type { ExploredGraph, GraphEdge, GraphState } from './graph/graph.js';
export { graph } from './graph/graph.js';
export type { LivenessVerdict } from './liveness/check-liveness.js';
export type { Fairness, LivenessProperty, StatePredicate } from './liveness/properties.js';
export { alwaysCanReach, eventually, leadsTo, until } from './liveness/properties.js';
export type { ModelDefinition } from './model/define-model.js';
export { defineModel } from './model/define-model.js';
export type { CoverKind, CoverResult, PathsCover, TestPath } from './paths/paths.js';
export { coverPaths, paths } from './paths/paths.js';
export type { ReplayedStep, ReplayOptions } from './replay/replay.js';
export { replay } from './replay/replay.js';
export { formatResult, formatViolation } from './report/format.js';
export type { WalkEnd, WalkOptions, WalkResult, WalkTrace } from './walk/walk.js';
export { walk } from './walk/walk.js';
