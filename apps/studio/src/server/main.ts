/**
 * `pnpm studio [folder]`: starts the studio on the folder (default: the forms package's example forms) at
 * http://localhost:3300, or the port in `STUDIO_PORT`. `GATEHOUSE_URL` (e.g. http://localhost:3000, the demo
 * portal) is the Gatehouse server to publish to; its API is at `<GATEHOUSE_URL>/api`.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStudio } from './studio-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const examples = join(here, '..', '..', '..', '..', 'packages', 'forms', 'examples');
// pnpm runs root scripts in the repository root; the folder is meant relative to where the person typed.
const cwd = process.env.INIT_CWD ?? process.cwd();
const folder = process.argv[2] ? resolve(cwd, process.argv[2]) : examples;
const port = Number(process.env.STUDIO_PORT ?? 3300);
const gatehouse = process.env.GATEHOUSE_URL
  ? `${process.env.GATEHOUSE_URL.replace(/\/+$/, '')}/api`
  : undefined;

const studio = await startStudio({ folder, port, ...(gatehouse ? { gatehouse } : {}) });
console.log(
  `Gatehouse Studio on ${studio.url.replace('127.0.0.1', 'localhost')} — editing ${studio.files.root}`,
);
console.log(
  gatehouse
    ? `Publishing to ${gatehouse}`
    : 'Publishing is off: set GATEHOUSE_URL to the portal (e.g. GATEHOUSE_URL=http://localhost:3000).',
);
