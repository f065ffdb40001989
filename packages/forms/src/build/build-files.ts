/**
 * Builds definition files into `<outDir>/<id>.js` (+ `.d.ts`), and with `messageLocales` one
 * `<outDir>/<id>.<locale>.js` per locale registering that locale's texts: what `gatehouse-forms build` runs. The
 * chunks a module imports lazily (`rule-phone.<hash>.js`) are written beside it, once for all forms.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuildOptions, buildForm, buildFormMessages } from './build-form.js';

/** What was written, per input file. */
export interface BuildFilesResult {
  file: string;
  id: string;
  out: string;
  bytes: number;
  /** The locale modules written beside it (`messageLocales`). */
  messages?: { locale: string; out: string; bytes: number }[];
  /** The chunks it imports lazily, written beside it (serve them from the same folder). */
  chunks?: { out: string; bytes: number }[];
}

/** Options of {@link buildFiles}: those of `buildForm`, plus the locales to write separate text modules for. */
export interface BuildFilesOptions extends BuildOptions {
  /**
   * Locales to write as `<id>.<locale>.js` side-effect modules (`buildFormMessages`); usually the ones
   * `locales` leaves out. A definition without texts for one of them fails with its file name.
   */
  messageLocales?: readonly string[];
}

/** Reads each JSON file, builds it and writes the module; stops at the first file that fails (with its name). */
export async function buildFiles(
  files: readonly string[],
  outDir: string,
  options: BuildFilesOptions = {},
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
    const named = (error: Error) => {
      error.message = `${file}: ${error.message}`;
      return error;
    };
    const { messageLocales = [], ...buildOptions } = options;
    const built = await buildForm(definition, buildOptions).catch((error: Error) => {
      throw named(error);
    });
    const out = join(outDir, `${built.id}.js`);
    await writeFile(out, built.code);
    await writeFile(join(outDir, `${built.id}.d.ts`), built.declaration);
    const chunks = built.chunks.map((chunk) => ({
      out: join(outDir, chunk.file),
      bytes: Buffer.byteLength(chunk.code),
    }));
    // Named by content: a file already there holds the same code.
    for (const chunk of built.chunks) await writeFile(join(outDir, chunk.file), chunk.code);
    const messages: NonNullable<BuildFilesResult['messages']> = [];
    for (const locale of messageLocales) {
      let texts: ReturnType<typeof buildFormMessages>;
      try {
        texts = buildFormMessages(definition, locale, { rules: buildOptions.rules ?? [] });
      } catch (error) {
        throw named(error as Error);
      }
      const textsOut = join(outDir, `${built.id}.${texts.locale}.js`);
      await writeFile(textsOut, texts.code);
      await writeFile(join(outDir, `${built.id}.${texts.locale}.d.ts`), texts.declaration);
      messages.push({ locale: texts.locale, out: textsOut, bytes: Buffer.byteLength(texts.code) });
    }
    results.push({
      file,
      id: built.id,
      out,
      bytes: Buffer.byteLength(built.code),
      ...(messages.length > 0 ? { messages } : {}),
      ...(chunks.length > 0 ? { chunks } : {}),
    });
  }
  return results;
}
