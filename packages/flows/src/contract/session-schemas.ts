/**
 * The answers of the login endpoints as JSON Schema: the session object (`GET /session`, and inside an `ok` auth
 * outcome) and the auth outcomes of `POST /session`, `/session/password`, `/session/mfa` and `/session/passkey`.
 * They mirror the login ports' types (`Session`, `AuthOutcome`, `MfaOutcome`), which the fetch adapter returns as
 * the server sent them.
 */

/** A JSON Schema object. */
type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

/** The session object; `warnings` is what the person should act on after signing in. */
const SESSION_SCHEMA: Schema = {
  type: 'object',
  description:
    'A portal session (the session itself is the HttpOnly gatehouse_session cookie, never in a body).',
  required: ['user'],
  properties: {
    user: {
      type: 'object',
      required: ['id', 'email'],
      properties: {
        id: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        roles: { type: 'array', items: { type: 'string' } },
        permissions: { type: 'array', items: { type: 'string' } },
        companyId: { type: ['string', 'null'], description: "null for the operator's reviewers" },
        locale: {
          type: ['string', 'null'],
          description: 'the stored language preference; null: none chosen',
        },
      },
    },
    expiresAt: { type: 'string', format: 'date-time' },
    warnings: {
      type: 'array',
      description:
        'What the person should act on; empty when nothing. `breached-password`: the password they signed in with appears in known data breaches — the sign-in went ahead, tell them to change it (it stays until they do). A client ignores values it does not know (newer backends may add some).',
      items: { type: 'string', examples: ['breached-password'] },
    },
  },
};

const status = (value: string) => ({ const: value });

/** Every auth outcome a 200 can carry (`invalid` and `locked` are 401 and 423 error answers). */
const AUTH_OUTCOME_SCHEMA: Schema = {
  description:
    'ok: signed in (sets gatehouse_session); password-change-required: a one-time password, the forced change follows; mfa-required: the second factor follows (both set only gatehouse_pending).',
  oneOf: [
    {
      type: 'object',
      required: ['status', 'session'],
      properties: { status: status('ok'), session: ref('Session') },
    },
    {
      type: 'object',
      required: ['status'],
      properties: {
        status: status('password-change-required'),
        subject: {
          type: 'object',
          description: 'the words the new password must not contain, and whether a second factor is enrolled',
          properties: {
            contextWords: { type: 'array', items: { type: 'string' } },
            mfa: { type: 'boolean' },
          },
        },
      },
    },
    {
      type: 'object',
      required: ['status', 'methods'],
      properties: {
        status: status('mfa-required'),
        methods: { type: 'array', items: { enum: ['totp', 'email', 'recovery', 'passkey'] } },
        resendAvailableAt: { type: 'string', format: 'date-time' },
      },
    },
  ],
};

/** The component schemas the login endpoints' answers refer to, by name. */
export const SESSION_COMPONENTS: Readonly<Record<string, Schema>> = {
  Session: SESSION_SCHEMA,
  AuthOutcome: AUTH_OUTCOME_SCHEMA,
};

/** `GET /session`: the session, or null when nobody is signed in. */
export const SESSION_ANSWER: Schema = {
  type: 'object',
  required: ['session'],
  properties: { session: { oneOf: [ref('Session'), { type: 'null' }] } },
};

/** An answer that is one auth outcome. */
export const AUTH_OUTCOME_ANSWER: Schema = ref('AuthOutcome');
