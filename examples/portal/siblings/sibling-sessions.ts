import { randomBytes } from 'node:crypto';

/** Who is logged in at a sibling portal, from its ID token and the userinfo endpoint. */
export interface SiblingUser {
  sub: string;
  email: string;
  name: string;
  /** `urn:gatehouse:acr:mfa` when the login passed a second factor. */
  acr: string;
  amr: string[];
  /** The provider's session id for this portal: a back-channel logout names it. */
  sid: string;
  /** Sent back as `id_token_hint` when the user logs out here. */
  idToken: string;
}

/**
 * A sibling portal's own sessions, in memory (a demo: a real portal keeps them in its store). Indexed by the
 * provider's `sid` as well, so a back-channel logout ends exactly the sessions that login created.
 */
export class SiblingSessions {
  private readonly byId = new Map<string, SiblingUser>();

  /** Stores `user`; returns the new session id (the cookie value). */
  start(user: SiblingUser): string {
    const id = randomBytes(32).toString('base64url');
    this.byId.set(id, user);
    return id;
  }

  get(id: string | undefined): SiblingUser | undefined {
    return id ? this.byId.get(id) : undefined;
  }

  end(id: string | undefined): void {
    if (id) this.byId.delete(id);
  }

  /** Ends every session of provider session `sid` (and subject `sub` when given); returns how many. */
  endBySid(sid: string, sub?: string): number {
    let ended = 0;
    for (const [id, user] of this.byId) {
      if (user.sid === sid && (sub === undefined || user.sub === sub)) {
        this.byId.delete(id);
        ended += 1;
      }
    }
    return ended;
  }
}
