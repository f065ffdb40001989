/**
 * @gatehouse/flows/definitions — the flow forms' JSON definitions, for servers (schemas, lint, tooling).
 * Browsers never need them: the machines run build-time compiled forms. Do not import this from a page.
 */
export { flowDefinition, flowDefinitions } from './definitions.js';
