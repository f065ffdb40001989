/**
 * The answer of `GET /sessions` as JSON Schema, mirroring `SessionEntry` and `SessionPlace` of
 * `@gatehouse/flows/sessions` (the fetch adapter returns the list as the server sent it).
 */
import { PLACE_NAME_MAX } from '../sessions/session-place.js';

/** A JSON Schema object. */
type Schema = Record<string, unknown>;

const placeName = (example: string): Schema => ({
  type: 'string',
  minLength: 1,
  maxLength: PLACE_NAME_MAX,
  examples: [example],
});

/** The approximate place of a session's address. */
const SESSION_PLACE_SCHEMA: Schema = {
  type: 'object',
  description:
    "The approximate place of the session's IP address, looked up once at sign-in by the host's place lookup (docs/server/session-places.md). Every part is optional; a client names the country in the reader's language.",
  properties: {
    city: placeName('Munich'),
    region: placeName('Bavaria'),
    country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2', examples: ['DE'] },
  },
  additionalProperties: false,
};

/** One signed-in browser of the user. */
const SESSION_ENTRY_SCHEMA: Schema = {
  type: 'object',
  required: ['id', 'current', 'browser', 'system', 'ip', 'signedInAt', 'expiresAt'],
  properties: {
    id: { type: 'string', description: 'the public name of the session (ses_…), never its token' },
    current: { type: 'boolean', description: 'the session of the browser asking' },
    browser: { type: 'string', description: "as the User-Agent says; '' when unknown" },
    system: { type: 'string', description: "as the User-Agent says; '' when unknown" },
    ip: { type: 'string' },
    place: {
      $ref: '#/components/schemas/SessionPlace',
      description:
        'absent when unknown: no place lookup configured, or it knew nothing, failed or was too slow',
    },
    signedInAt: { type: 'string', format: 'date-time' },
    expiresAt: { type: 'string', format: 'date-time' },
  },
};

/** The component schemas the sessions list refers to, by name. */
export const SESSION_LIST_COMPONENTS: Readonly<Record<string, Schema>> = {
  SessionEntry: SESSION_ENTRY_SCHEMA,
  SessionPlace: SESSION_PLACE_SCHEMA,
};

/** `GET /sessions`: this session first, then the others newest first. */
export const SESSION_LIST_ANSWER: Schema = {
  type: 'object',
  required: ['sessions'],
  properties: { sessions: { type: 'array', items: { $ref: '#/components/schemas/SessionEntry' } } },
};
