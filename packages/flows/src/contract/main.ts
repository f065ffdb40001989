/** Entry point of `gatehouse-contract` when run from sources (see bin/gatehouse-contract.js). */
import { runContractCli } from './cli.js';

process.exitCode = await runContractCli(process.argv.slice(2));
