import { missingPort } from '../common/port.js';
import type { SessionPlace } from './session-place.js';

/** One signed-in browser of the user, as `GET /sessions` lists it. Nothing in it is a secret. */
export interface SessionEntry {
  /** Names the session in the API; never its token. */
  id: string;
  /** The session this browser uses (ended by logging out, not from the list). */
  current: boolean;
  /** As the browser states it (`Firefox`); `''` when unknown. */
  browser: string;
  /** As the browser states it (`Linux`); `''` when unknown. */
  system: string;
  ip: string;
  /** ISO instant of the sign-in. */
  signedInAt: string;
  /** The approximate place of the address, when the host gives the server a lookup (absent when unknown). */
  place?: SessionPlace;
}

/** The ports of the sessions list. Each default fails with `port-not-provided`. */
export const sessionsPorts = {
  /** `GET /sessions`. */
  listSessions: missingPort<{ sessions: SessionEntry[] }, void>('listSessions'),
  /** `DELETE /sessions/{id}`: ends one of the other sessions. */
  endSession: missingPort<void, { id: string }>('endSession'),
  /** `DELETE /sessions`: ends every session but this one. */
  endOtherSessions: missingPort<{ ended: number }, void>('endOtherSessions'),
};

/** The port set of the sessions list. */
export type SessionsPorts = typeof sessionsPorts;
