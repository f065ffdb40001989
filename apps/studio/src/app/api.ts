/**
 * The studio page's calls to its own server: files, checks (lint and the preview module), sample answers and
 * publishing. A refusal comes back as a value `{ error }` with the server's sentence, never as a throw.
 */
import type { FormResult } from '@gatehouse/forms';

/** A lint problem: a JSON Pointer into the definition and a sentence. */
export interface Problem {
  pointer: string;
  message: string;
}

/** What `/api/check` answers. */
export interface CheckAnswer {
  lint: Problem[];
  module?: string;
  buildError?: string;
}

/** The server's answer to sample data. */
export type SampleAnswer = { result: FormResult } | { problems: Problem[] };

/** An answer or the server's refusal. */
export type Answer<T> = T | { error: string };

async function call<T>(method: string, url: string, body?: unknown): Promise<Answer<T>> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const message =
        typeof json.message === 'string' ? json.message : `The studio server answered ${response.status}.`;
      return { error: message };
    }
    return json as T;
  } catch {
    return { error: 'The studio server cannot be reached. Is `pnpm studio` still running?' };
  }
}

/** Whether an answer is a refusal. */
export const failed = <T>(answer: Answer<T>): answer is { error: string } =>
  typeof answer === 'object' && answer !== null && 'error' in answer && typeof answer.error === 'string';

const q = (path: string) => `path=${encodeURIComponent(path)}`;

/** The folder and its `*.form.json` files. */
export const listFiles = () => call<{ folder: string; files: string[] }>('GET', '/api/files');
/** A file's text as on disk. */
export const readFile = (path: string) => call<{ text: string }>('GET', `/api/file?${q(path)}`);
/** Saves a definition; answers the text written. */
export const writeFile = (path: string, definition: unknown) =>
  call<{ text: string }>('PUT', `/api/file?${q(path)}`, { definition });
/** Lint problems and the preview module of a definition. */
export const checkDefinition = (definition: unknown) =>
  call<CheckAnswer>('POST', '/api/check', { definition });
/** The server validator's answer to sample data. */
export const validateSample = (definition: unknown, data: unknown, locale: string) =>
  call<SampleAnswer>('POST', '/api/validate', { definition, data, locale });
