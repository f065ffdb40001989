/**
 * The REST contract as data and tools for other backends: the endpoint list, the OpenAPI 3.1 description generated
 * from it and the flow forms, and the conformance runner behind `gatehouse-contract <baseUrl>`. Node-side only.
 */
export { type ContractCheck, contractChecks, expectedIssues } from './checks.js';
export { type ContractCliIo, runContractCli } from './cli.js';
export { CONTRACT_ENDPOINTS, type Endpoint, type EndpointAccess, type FormBody } from './endpoints.js';
export { errorShapeProblems, isJsonPointer } from './error-shape.js';
export { CONTRACT_VERSION, contractOpenApi, type OpenApiOptions } from './openapi.js';
export {
  type CheckResult,
  type ConformanceOptions,
  type ConformanceReport,
  DEFAULT_CONTRACT_BODY_LIMIT,
  runConformance,
} from './run-conformance.js';
