/**
 * A submission's file references, checked against what the server stored: each must name a file uploaded for the
 * same form and field and not yet claimed by another submission. The references are rewritten with the stored
 * name, type (read from the content) and size, so the form's `file` rule then judges facts, not the browser's claims.
 */
import { getAt, parsePointer } from '@gatehouse/forms/pointer';
import type { FileReference, FileRuleOptions } from '@gatehouse/forms/rules/file';
import type { FileStorage } from './file-storage.js';

/** An issue about a file reference, at the field's pointer. */
export interface FileReferenceIssue {
  path: string;
  code: 'file-not-uploaded';
  params: { name: string };
}

/** What {@link resolveFileReferences} gives: the data with trusted references and their ids, or the issues. */
export type ResolvedFiles =
  | { ok: true; data: Record<string, unknown>; fileIds: string[] }
  | { ok: false; issues: FileReferenceIssue[] };

/**
 * Replaces every file reference in `data` (file fields by pointer, also inside groups) with the stored file's facts. A
 * reference without an id, with an unknown id, or to a file of another form, field or submission is a
 * `file-not-uploaded` issue at the field. Values that are not lists are left for the form's own checks.
 */
export async function resolveFileReferences(
  storage: FileStorage,
  input: {
    formId: string;
    files: ReadonlyMap<string, FileRuleOptions>;
    data: Record<string, unknown>;
    /** The submission being stored, when it may already hold some of the files (a retried request). */
    submissionId?: string;
  },
): Promise<ResolvedFiles> {
  const data = structuredClone(input.data);
  const issues: FileReferenceIssue[] = [];
  const fileIds: string[] = [];
  for (const pointer of input.files.keys()) {
    const segments = parsePointer(pointer);
    const value = getAt(data, segments);
    if (!Array.isArray(value)) continue;
    const resolved: FileReference[] = [];
    for (const item of value) {
      const ref = (typeof item === 'object' && item !== null ? item : {}) as Partial<FileReference>;
      const stored = typeof ref.id === 'string' ? await storage.find(ref.id) : undefined;
      const usable =
        stored &&
        stored.formId === input.formId &&
        stored.field === pointer &&
        (stored.submissionId === undefined || stored.submissionId === input.submissionId);
      if (!usable) {
        issues.push({ path: pointer, code: 'file-not-uploaded', params: { name: String(ref.name ?? '') } });
        continue;
      }
      resolved.push({ id: stored.id, name: stored.name, type: stored.type, size: stored.size });
      fileIds.push(stored.id);
    }
    // The list sits in an object of the (cloned) data, since getAt found it there.
    (getAt(data, segments.slice(0, -1)) as Record<string, unknown>)[segments.at(-1)!] = resolved;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data, fileIds };
}
