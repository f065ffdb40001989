/** The portal's few lines of glue to the Gatehouse REST API (docs/rest-contract.md). */
import { LANG, T } from './texts.js';

/** An answer: the status and the parsed JSON body (null for 204). */
export interface Answer {
  status: number;
  body: any;
}

/** Calls the API under `/api` with JSON and the session cookie. Never throws for HTTP errors. */
export async function api(method: string, path: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      // Every state-changing request says JSON, with or without a body (the API answers 415 otherwise).
      ...(body === undefined && method === 'GET' ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** The message for an error answer. */
export function errorText(answer: Answer): string {
  const code = answer.body?.error?.code as string | undefined;
  const until = answer.body?.error?.until as string | undefined;
  const text = (code && T.errors[code]) || T.somethingWrong(code ?? String(answer.status));
  return until ? `${text} (${new Date(until).toLocaleTimeString(LANG === 'de' ? 'de-DE' : 'en-GB')})` : text;
}
