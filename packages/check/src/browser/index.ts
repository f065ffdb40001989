/**
 * The browser side of generated tests: `runPath` drives one page through a generated path with an
 * adapter; `recordingPorts` are the ports it gives the page. Browser-safe (imports only xstate).
 */
export type { GeneratedEvent, GeneratedPath, GeneratedStep, GeneratedSuite } from '../generate/suite.js';
export type { PortCall, RecordingPorts } from './recording-ports.js';
export { recordingPorts } from './recording-ports.js';
export type { PageAdapter, StepContext } from './run-path.js';
export { runPath } from './run-path.js';
