import type { ProbeAnswer } from './probe.js';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Issue codes: kebab-case, or the JSON Schema keyword a form's schema failed (`maxLength`, `pattern`). */
export const ISSUE_CODE = /^[a-z][a-zA-Z0-9]*(-[a-z0-9]+)*$/;
const ERROR_MEMBERS = new Set(['code', 'message', 'issues', 'until', 'retryAfter']);

/** A JSON Pointer (RFC 6901): empty, or `/`-separated tokens where `~` only escapes `0` or `1`. */
export const isJsonPointer = (path: unknown): path is string =>
  typeof path === 'string' && (path === '' || (path.startsWith('/') && !/~(?![01])/.test(path)));

/**
 * What is wrong with a non-2xx answer's shape by the contract's conventions: JSON content type, a body
 * `{ error: { code, message?, issues?, until?, retryAfter? } }` with a kebab-case code, issues as
 * `{ path (JSON Pointer), code (kebab-case or a JSON Schema keyword), params? }`. Empty when the shape is right.
 */
export function errorShapeProblems(answer: ProbeAnswer): string[] {
  const problems: string[] = [];
  if (!/^application\/json\b/i.test(answer.contentType))
    problems.push(`content type is "${answer.contentType}", not application/json`);
  const error = (answer.json as { error?: unknown } | undefined)?.error;
  if (error === null || typeof error !== 'object' || Array.isArray(error)) {
    problems.push(`body is not { "error": { … } }: ${answer.text.slice(0, 120)}`);
    return problems;
  }
  const record = error as Record<string, unknown>;
  if (typeof record.code !== 'string' || !KEBAB.test(record.code))
    problems.push(`error.code ${JSON.stringify(record.code)} is not a kebab-case string`);
  for (const key of Object.keys(record)) {
    if (!ERROR_MEMBERS.has(key)) problems.push(`error has an unknown member "${key}"`);
  }
  if (record.issues !== undefined) {
    if (!Array.isArray(record.issues)) problems.push('error.issues is not an array');
    else
      for (const issue of record.issues as Record<string, unknown>[]) {
        if (!isJsonPointer(issue?.path))
          problems.push(`issue path ${JSON.stringify(issue?.path)} is not a JSON Pointer`);
        if (typeof issue?.code !== 'string' || !ISSUE_CODE.test(issue.code))
          problems.push(
            `issue code ${JSON.stringify(issue?.code)} is neither kebab-case nor a JSON Schema keyword`,
          );
      }
  }
  return problems;
}

/** The error code of an answer, if it has one. */
export const errorCode = (answer: ProbeAnswer): unknown =>
  (answer.json as { error?: { code?: unknown } } | undefined)?.error?.code;

/** The issues of an answer as sorted `path code` strings (for comparing sets). */
export const issueKeys = (answer: ProbeAnswer): string[] => {
  const issues = (answer.json as { error?: { issues?: { path: string; code: string }[] } } | undefined)?.error
    ?.issues;
  return Array.isArray(issues) ? issues.map((i) => `${i.path} ${i.code}`).sort() : [];
};
