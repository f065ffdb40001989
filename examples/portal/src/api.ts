/** The portal's few lines of glue to the Gatehouse REST API (docs/rest-contract.md). */

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

/** Human text for the contract's error codes (form issues are shown on their fields by `<gate-form>`). */
export const ERROR_TEXT: Record<string, string> = {
  'invalid-credentials': 'E-mail or password is not correct.',
  locked: 'Too many attempts. Please wait until the time shown and try again.',
  'invalid-code': 'That code is not correct or was already used.',
  'expired-code': 'That code has expired. Please ask for a new one.',
  'too-many-attempts': 'Too many wrong codes. Please ask for a new one.',
  'invalid-token': 'This link is not valid (it may have been used already).',
  'expired-token': 'This link has expired. Please register again or ask for a new link.',
  'rate-limited': 'Please wait a moment before trying again.',
  unauthenticated: 'Please log in first.',
  forbidden: 'Your account may not do this.',
  'reauthentication-required': 'Please confirm your password first.',
  'invalid-current-password': 'Your current password is not correct.',
  conflict: 'This item was changed meanwhile. Reload the page.',
  'last-super-admin':
    'Your company needs at least one active Super Admin: make someone else Super Admin first.',
  'cannot-deactivate-self': 'You cannot deactivate your own account.',
  'case-closed': 'This case is closed: open a new case instead.',
  'not-found': 'This item does not exist (any more).',
  'partner-hardware': 'This is partner hardware: please use the partner’s RMA process.',
};

/** The message for an error answer. */
export function errorText(answer: Answer): string {
  const code = answer.body?.error?.code as string | undefined;
  const until = answer.body?.error?.until as string | undefined;
  const text = (code && ERROR_TEXT[code]) || `Something went wrong (${code ?? answer.status}).`;
  return until ? `${text} (${new Date(until).toLocaleTimeString()})` : text;
}
