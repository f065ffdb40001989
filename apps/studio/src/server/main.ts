/**
 * `pnpm studio [folder]`: starts the studio on the folder (default: the forms package's example forms) at
 * http://localhost:3300, or the port in `STUDIO_PORT`.
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

const studio = await startStudio({
  folder,
  port,
  host: 'localhost' === process.env.HOST ? 'localhost' : '127.0.0.1',
});
console.log(
  `Gatehouse Studio on ${studio.url.replace('127.0.0.1', 'localhost')} — editing ${studio.files.root}`,
);
