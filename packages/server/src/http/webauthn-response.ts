import type { FlowIssue } from '@gatehouse/flows';

/** The members of a WebAuthn response the server reads before the library checks the rest. */
export interface WebAuthnResponseBody {
  /** The response as the browser sent it (`RegistrationResponseJSON` / `AuthenticationResponseJSON`). */
  response: Record<string, unknown>;
  /** The credential id, base64url. */
  credentialId: string;
  /** The challenge the browser signed, from `clientDataJSON`. */
  challenge: string;
}

const BASE64URL = /^[A-Za-z0-9_-]{1,2048}$/;

/**
 * Reads `body.response`: an object with a base64url `id` and `response.clientDataJSON` whose JSON names the
 * signed challenge. Anything else is an issue naming the member (`/response`, `/response/id`,
 * `/response/response/clientDataJSON`), never an exception.
 */
export function readWebAuthnResponse(
  body: Record<string, unknown>,
): { ok: true; value: WebAuthnResponseBody } | { ok: false; issues: FlowIssue[] } {
  const bad = (path: string, code: string): { ok: false; issues: FlowIssue[] } => ({
    ok: false,
    issues: [{ path, code, params: {} }],
  });
  const response = body.response;
  if (response === undefined) return bad('/response', 'required');
  if (response === null || typeof response !== 'object' || Array.isArray(response))
    return bad('/response', 'type');
  const r = response as Record<string, unknown>;
  if (typeof r.id !== 'string' || !BASE64URL.test(r.id)) return bad('/response/id', 'pattern');
  const inner = r.response as Record<string, unknown> | undefined;
  const clientData = inner && typeof inner === 'object' ? inner.clientDataJSON : undefined;
  if (typeof clientData !== 'string' || clientData.length > 8192) {
    return bad('/response/response/clientDataJSON', 'required');
  }
  let challenge: unknown;
  try {
    challenge = (JSON.parse(Buffer.from(clientData, 'base64url').toString('utf8')) as { challenge?: unknown })
      .challenge;
  } catch {
    return bad('/response/response/clientDataJSON', 'invalid-json');
  }
  if (typeof challenge !== 'string' || !BASE64URL.test(challenge)) {
    return bad('/response/response/clientDataJSON', 'pattern');
  }
  return { ok: true, value: { response: r, credentialId: r.id, challenge } };
}
