/** Entry point of `gatehouse-forms` when run from sources (see bin/gatehouse-forms.js). */
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2));
