import { type ContractCheck, contractChecks } from './checks.js';
import { probe } from './probe.js';

/** Options of {@link runConformance}. */
export interface ConformanceOptions {
  /** Where the backend serves the contract, e.g. `http://localhost:3000/api/gatehouse`. */
  baseUrl: string;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
  /** The backend's body limit in bytes (default 64 KiB, the contract's default). */
  bodyLimit?: number;
  /** Called once per check as it finishes (the CLI prints it). */
  onResult?: (result: CheckResult) => void;
  /** The checks to run (default: every one). */
  checks?: readonly ContractCheck[];
}

/** The outcome of one check. */
export interface CheckResult {
  name: string;
  ok: boolean;
  problems: string[];
}

/** What {@link runConformance} found. */
export interface ConformanceReport {
  passed: number;
  failed: number;
  results: CheckResult[];
}

/** The contract's default body limit: 64 KiB. */
export const DEFAULT_CONTRACT_BODY_LIMIT = 64 * 1024;

/**
 * Checks a backend's implementation of the REST contract over HTTP, one request (or two) per check, one check after
 * another so rate limits and lockouts are not provoked. The one thing to know: it never needs an account, and a
 * network failure of one check is that check's problem, not a crash.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const context = {
    send: (request: Parameters<typeof probe>[2]) => probe(options.baseUrl, doFetch, request),
    bodyLimit: options.bodyLimit ?? DEFAULT_CONTRACT_BODY_LIMIT,
  };
  const results: CheckResult[] = [];
  for (const check of options.checks ?? contractChecks()) {
    let problems: string[];
    try {
      problems = await check.run(context);
    } catch (error) {
      problems = [`request failed: ${error instanceof Error ? error.message : String(error)}`];
    }
    const result = { name: check.name, ok: problems.length === 0, problems };
    results.push(result);
    options.onResult?.(result);
  }
  const passed = results.filter((r) => r.ok).length;
  return { passed, failed: results.length - passed, results };
}
