/**
 * The WebAuthn relying party a server speaks for: the RP ID (the registrable domain passkeys are bound to), the
 * name authenticators show, the origins whose pages may use them, and how long a challenge stays valid.
 */
export interface RelyingParty {
  id: string;
  name: string;
  origins: string[];
  challengeLifetimeMs: number;
}

/** Options of the relying party; every field defaults from the portal's public URL. */
export interface RelyingPartyOptions {
  /** The RP ID: the portal's host name or a registrable suffix of it. Default: `publicUrl`'s host name. */
  id?: string;
  /** Shown by the authenticator; default: the issuer name. */
  name?: string;
  /** Pages allowed to sign in with passkeys; default: `publicUrl`'s origin. */
  origins?: readonly string[];
  /** Lifetime of a challenge (default 5 min). */
  challengeLifetimeMs?: number;
}

/**
 * The relying party from configuration. Origins and RP ID are never taken from a request: a passkey made on a
 * look-alike site (other origin) does not verify here.
 */
export function relyingParty(
  publicUrl: string,
  issuer: string,
  options: RelyingPartyOptions = {},
): RelyingParty {
  const url = new URL(publicUrl);
  const id = options.id ?? url.hostname;
  const origins = options.origins?.length ? [...options.origins] : [url.origin];
  for (const origin of origins) {
    const host = new URL(origin).hostname;
    // A browser refuses a ceremony whose RP ID is not the page's host or a suffix of it: fail at start, not at login.
    if (host !== id && !host.endsWith(`.${id}`)) {
      throw new Error(`gatehouse: passkey origin ${origin} does not belong to RP ID ${id}`);
    }
  }
  return {
    id,
    name: options.name ?? issuer,
    origins,
    challengeLifetimeMs: options.challengeLifetimeMs ?? 5 * 60_000,
  };
}
