/**
 * `file`: a list of uploaded files, limited by type, size and count, declared in the definition and checked by the
 * same code in the browser (before uploading) and on the server (after it read the bytes):
 * `{ "name": "file", "options": { "accept": ["image/jpeg", "image/png"], "maxSize": 5242880, "maxCount": 3 } }`.
 * The field's value is a list of file references `{ id, name, type, size }` (`id` once the server stored it).
 * Codes: `file-type` (`{name}`, `{allowed}`), `file-too-big` (`{name}`, `{max}` in readable units),
 * `too-many-files` (`{max}`), `invalid-file`.
 */
import type { NamedRule, RuleRejection } from '../engine/types.js';
import { OptionReader } from './rules-api.js';

/** One file as a form's data holds it: what the person picked, and the server's `id` once it is stored. */
export interface FileReference {
  /** The stored file's id (absent until the upload is done). */
  id?: string;
  /** The file's name on the person's computer (shown, never trusted). */
  name: string;
  /** Media type: the browser's claim before upload, the type read from the content after it. */
  type: string;
  /** Size in bytes. */
  size: number;
}

/** The options of a `file` rule, checked. */
export interface FileRuleOptions {
  /** Accepted media types; `image/*` accepts every image type. */
  accept: string[];
  /** Largest accepted file, in bytes. */
  maxSize: number;
  /** Most files in the field (default 1). */
  maxCount: number;
}

const mediaType = /^[a-z]+\/([a-z0-9][a-z0-9.+-]*|\*)$/;

/** Reads and checks a `file` rule's options; `problems` name each bad option. */
export function fileRuleOptions(raw: Record<string, unknown>): {
  options: FileRuleOptions;
  problems: string[];
} {
  const r = new OptionReader(raw);
  r.unknown(['accept', 'maxSize', 'maxCount']);
  const accept = r.strings('accept') ?? [];
  const maxSize = r.integer('maxSize');
  const maxCount = r.integer('maxCount') ?? 1;
  const problems = [...r.problems];
  if (accept.length === 0 || accept.some((t) => !mediaType.test(t)))
    problems.push('option "accept" must list media types such as "image/jpeg" or "image/*"');
  if (maxSize === undefined || maxSize < 1)
    problems.push('option "maxSize" must be the largest file in bytes (a whole number ≥ 1)');
  if (maxCount < 1) problems.push('option "maxCount" must be a whole number ≥ 1');
  return { options: { accept, maxSize: maxSize ?? 0, maxCount }, problems };
}

/** Whether a media type is one of `accept` (`image/*` matches every `image/…`). */
export function acceptsType(accept: readonly string[], type: string): boolean {
  const t = type.toLowerCase();
  return accept.some((a) => a === t || (a.endsWith('/*') && t.startsWith(a.slice(0, -1))));
}

/** A size in bytes as people read it: `5 MB`, `300 KB`, `12 bytes` (decimal units, like file managers). */
export function readableSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

const isReference = (item: unknown): item is FileReference => {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const f = item as Record<string, unknown>;
  return (
    typeof f.name === 'string' &&
    typeof f.type === 'string' &&
    typeof f.size === 'number' &&
    Number.isInteger(f.size) &&
    f.size >= 0 &&
    (f.id === undefined || typeof f.id === 'string')
  );
};

/** The first problem of one file against the options, or `null`. */
export function fileProblem(file: FileReference, options: FileRuleOptions): RuleRejection | null {
  if (!acceptsType(options.accept, file.type))
    return { code: 'file-type', params: { name: file.name, allowed: options.accept.join(', ') } };
  if (file.size > options.maxSize)
    return { code: 'file-too-big', params: { name: file.name, max: readableSize(options.maxSize) } };
  return null;
}

/** The `file` named rule. */
export const fileRule: NamedRule = {
  name: 'file',
  codes: ['file-type', 'file-too-big', 'too-many-files', 'invalid-file'],
  validateOptions: (raw) => fileRuleOptions(raw).problems,
  create(raw) {
    const { options } = fileRuleOptions(raw);
    return (value) => {
      if (!Array.isArray(value)) return { code: 'invalid-file', params: {} };
      if (value.length > options.maxCount)
        return { code: 'too-many-files', params: { max: options.maxCount } };
      for (const item of value) {
        if (!isReference(item)) return { code: 'invalid-file', params: {} };
        const problem = fileProblem(item, options);
        if (problem) return problem;
      }
      return null;
    };
  },
};
