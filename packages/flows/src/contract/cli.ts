/**
 * The `gatehouse-contract` command: `gatehouse-contract <baseUrl> [--body-limit <bytes>]` checks the backend at
 * `baseUrl` against the REST contract and exits 1 when a check fails; `gatehouse-contract openapi` prints the
 * OpenAPI 3.1 description. `runContractCli` is the testable core.
 */
import { contractOpenApi } from './openapi.js';
import { DEFAULT_CONTRACT_BODY_LIMIT, runConformance } from './run-conformance.js';

/** Where the CLI writes; tests pass collectors. */
export interface ContractCliIo {
  out(line: string): void;
  err(line: string): void;
}

const usage = `usage:
  gatehouse-contract <baseUrl> [--body-limit <bytes>]   check a backend, e.g. http://localhost:3000/api/gatehouse
  gatehouse-contract openapi [--server <url>]            print the OpenAPI 3.1 description`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never calls process.exit. */
export async function runContractCli(
  argv: readonly string[],
  io: ContractCliIo = { out: console.log, err: console.error },
  doFetch: typeof fetch = globalThis.fetch,
): Promise<number> {
  const [target, ...rest] = argv;
  const option = (name: string) => {
    const at = rest.indexOf(name);
    return at < 0 ? undefined : rest[at + 1];
  };
  if (target === 'openapi') {
    const server = option('--server');
    io.out(JSON.stringify(contractOpenApi(server ? { serverUrl: server } : {}), null, 2));
    return 0;
  }
  if (!target || !/^https?:\/\//.test(target)) {
    io.err(usage);
    return 2;
  }
  const limitText = option('--body-limit');
  const bodyLimit = limitText === undefined ? DEFAULT_CONTRACT_BODY_LIMIT : Number(limitText);
  if (!Number.isInteger(bodyLimit) || bodyLimit <= 0) {
    io.err(
      `--body-limit must be a positive whole number of bytes, not ${JSON.stringify(limitText)}\n${usage}`,
    );
    return 2;
  }
  const report = await runConformance({
    baseUrl: target,
    fetch: doFetch,
    bodyLimit,
    onResult: (result) => {
      io.out(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name}`);
      for (const problem of result.problems) io.out(`       ${problem}`);
    },
  });
  io.out(`${report.passed} passed, ${report.failed} failed`);
  return report.failed === 0 ? 0 : 1;
}
