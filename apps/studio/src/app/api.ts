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

/** The publishing connection as the studio server holds it. */
export interface PublishState {
  api: string;
  email: string;
  signedIn: boolean;
  mfaPending: boolean;
}

/** One published version (the Gatehouse API's `VersionSummary`). */
export interface PublishedVersion {
  id: string;
  version: number;
  hash: string;
  module: string;
  current: boolean;
  publishedAt: string;
  publishedBy: { id: string; email: string };
}

/** A publish refused for lint problems. */
export interface PublishRefusal {
  code: 'invalid-definition';
  message: string;
  problems: Problem[];
}

/** Where the studio publishes, and who is signed in. */
export const publishState = () => call<PublishState>('GET', '/api/publish');
/** Signs in to the Gatehouse server as a form editor. */
export const signIn = (email: string, password: string) =>
  call<PublishState & { status: string }>('POST', '/api/publish/session', { email, password });
/** Completes the sign-in with a one-time code. */
export const verifyCode = (code: string, method: 'totp' | 'email') =>
  call<PublishState & { status: string }>('POST', '/api/publish/session/mfa', { code, method });
/** Signs out of the Gatehouse server. */
export const signOut = () => call<PublishState>('DELETE', '/api/publish/session');
/** The published versions of a form (none yet: an empty list). */
export const publishedVersions = (id: string) =>
  call<{ id: string; current: number | null; versions: PublishedVersion[] }>(
    'GET',
    `/api/publish/forms/${encodeURIComponent(id)}`,
  );
/** One published version with its definition. */
export const publishedVersion = (id: string, version: number) =>
  call<PublishedVersion & { definition: unknown }>(
    'GET',
    `/api/publish/forms/${encodeURIComponent(id)}/versions/${version}`,
  );
/** Publishes a definition; lint problems come back as a refusal value. */
export async function publish(
  id: string,
  definition: unknown,
): Promise<Answer<(PublishedVersion & { unchanged: boolean }) | PublishRefusal>> {
  try {
    const response = await fetch(`/api/publish/forms/${encodeURIComponent(id)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ definition }),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.status === 422) return json as unknown as PublishRefusal;
    if (!response.ok)
      return { error: String(json.message ?? `The studio server answered ${response.status}.`) };
    return json as unknown as PublishedVersion & { unchanged: boolean };
  } catch {
    return { error: 'The studio server cannot be reached. Is `pnpm studio` still running?' };
  }
}
/** Makes an earlier version current again. */
export const restore = (id: string, version: number) =>
  call<PublishedVersion>('POST', `/api/publish/forms/${encodeURIComponent(id)}/restore`, { version });
