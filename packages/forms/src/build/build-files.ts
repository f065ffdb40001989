/**
 * Builds definition files into `<outDir>/<id>.js` (+ `.d.ts`), what `gatehouse-forms build` runs.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuildOptions, buildForm } from './build-form.js';

/** What was written, per input file. */
export interface BuildFilesResult {
  file: string;
  id: string;
  out: string;
  bytes: number;
}

/** Reads each JSON file, builds it and writes the module; stops at the first file that fails (with its name). */
export async function buildFiles(
  files: readonly string[],
  outDir: string,
  options: BuildOptions = {},
): Promise<BuildFilesResult[]> {
  await mkdir(outDir, { recursive: true });
  const results: BuildFilesResult[] = [];
  for (const file of files) {
    let definition: unknown;
    try {
      definition = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
    const built = await buildForm(definition, options).catch((error: Error) => {
      error.message = `${file}: ${error.message}`;
      throw error;
    });
    const out = join(outDir, `${built.id}.js`);
    await writeFile(out, built.code);
    await writeFile(join(outDir, `${built.id}.d.ts`), built.declaration);
    results.push({ file, id: built.id, out, bytes: Buffer.byteLength(built.code) });
  }
  return results;
}
