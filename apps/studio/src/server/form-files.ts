/**
 * The studio's file API over one folder: list the `*.form.json` files under it, read one, write one. Every path
 * is relative to the folder; one that leaves it (`..`, an absolute path, a symbolic link pointing out) or does not
 * name a `*.form.json` file is refused with a `StudioFileError`, before the disk is touched.
 */
import { mkdir, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { formatDefinition } from '../model/format-definition.js';

/** A refused or failed file request; `code` is stable (`bad-path`, `not-found`, `broken-json`). */
export class StudioFileError extends Error {
  constructor(
    readonly code: 'bad-path' | 'not-found' | 'broken-json',
    message: string,
  ) {
    super(message);
    this.name = 'StudioFileError';
  }
}

/** Folders never listed: dependencies, build output and hidden folders. */
const SKIPPED = new Set(['node_modules', 'dist', 'build', 'coverage']);

const within = (root: string, full: string) => {
  const rel = relative(root, full);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

/** The files of one folder, as the studio server uses them. */
export interface FormFiles {
  /** The folder (absolute, real path). */
  readonly root: string;
  /** Paths (relative, with `/`) of every `*.form.json` below the folder, sorted. */
  list(): Promise<string[]>;
  /** The file's text as it is on disk (the browser parses it, so a broken file still opens). */
  read(path: string): Promise<string>;
  /** Writes the definition formatted (stable key order); returns the text written. */
  write(path: string, definition: unknown): Promise<string>;
}

/** Opens the folder `root` (it must exist). */
export async function openFormFiles(root: string): Promise<FormFiles> {
  const base = await realpath(resolve(root));

  async function resolvePath(path: string): Promise<string> {
    if (typeof path !== 'string' || path === '' || path.includes('\0') || isAbsolute(path))
      throw new StudioFileError('bad-path', `Refused "${String(path)}": give a path inside the folder.`);
    if (!path.endsWith('.form.json'))
      throw new StudioFileError(
        'bad-path',
        `Refused "${path}": only *.form.json files can be opened or saved.`,
      );
    const full = resolve(base, path);
    if (!within(base, full))
      throw new StudioFileError('bad-path', `Refused "${path}": it is outside the folder.`);
    // A symbolic link (of the file or of a folder on the way) must not lead out of the folder either.
    const real = await realpath(full).catch(() => undefined);
    if (real !== undefined && !within(base, real))
      throw new StudioFileError('bad-path', `Refused "${path}": it links outside the folder.`);
    if (real === undefined) {
      // A new file: the nearest folder on its way that exists decides where it would land.
      let dir = dirname(full);
      let existing = await realpath(dir).catch(() => undefined);
      while (existing === undefined && dir !== base) {
        dir = dirname(dir);
        existing = await realpath(dir).catch(() => undefined);
      }
      if (existing !== undefined && existing !== base && !within(base, existing))
        throw new StudioFileError('bad-path', `Refused "${path}": it links outside the folder.`);
    }
    return full;
  }

  async function walk(dir: string, out: string[]): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, out);
      else if (entry.isFile() && entry.name.endsWith('.form.json'))
        out.push(relative(base, full).split(sep).join('/'));
    }
  }

  return {
    root: base,
    async list() {
      const out: string[] = [];
      await walk(base, out);
      return out.sort();
    },
    async read(path) {
      const full = await resolvePath(path);
      try {
        return await readFile(full, 'utf8');
      } catch {
        throw new StudioFileError('not-found', `There is no file "${path}" in the folder.`);
      }
    },
    async write(path, definition) {
      const full = await resolvePath(path);
      const text = formatDefinition(definition);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, text);
      return text;
    },
  };
}
