import { missingPort } from '../common/port.js';

/** A passkey as the list shows it. Never the public key or the credential id: the list only needs a name. */
export interface PasskeySummary {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt?: string | null;
  /** Synced by the platform (iCloud Keychain, Google Password Manager) rather than bound to one device. */
  backedUp?: boolean;
}

/**
 * The WebAuthn options the backend made for one ceremony (the JSON form of `PublicKeyCredentialCreationOptions`
 * or `…RequestOptions`). Its challenge is single-use and expires; the flow passes it through untouched.
 */
export type WebAuthnOptions = Record<string, unknown>;

/** The browser's answer to a ceremony, as JSON (`RegistrationResponseJSON` / `AuthenticationResponseJSON`). */
export type WebAuthnResponse = Record<string, unknown>;

/** What adding a passkey returns: the stored passkey, and the first recovery codes when it is the first factor. */
export interface PasskeyAdded {
  passkey: PasskeySummary;
  recoveryCodes?: string[];
}

/**
 * The ports of passkey management. Each default fails with `port-not-provided`. `createPasskey` is the browser's
 * part (`navigator.credentials.create`); the element provides it, loaded only when a passkey is added.
 */
export const passkeysPorts = {
  /** `GET /passkeys`: the user's passkeys and when they last authenticated. */
  listPasskeys: missingPort<{ passkeys: PasskeySummary[]; authenticatedAt?: string | null }, void>(
    'listPasskeys',
  ),
  /** `POST /session/reauthenticate`: confirm the password; returns the new authentication time. */
  reauthenticate: missingPort<{ authenticatedAt?: string }, { password: string }>('reauthenticate'),
  /** `POST /passkeys/options`: registration options (needs a recent authentication). */
  passkeyCreationOptions: missingPort<{ options: WebAuthnOptions }, void>('passkeyCreationOptions'),
  /** The browser ceremony: asks the authenticator for a new passkey. Rejects when the user cancels. */
  createPasskey: missingPort<WebAuthnResponse, { options: WebAuthnOptions }>('createPasskey'),
  /** `POST /passkeys`: the backend verifies the new passkey and stores it. */
  savePasskey: missingPort<PasskeyAdded, { response: WebAuthnResponse }>('savePasskey'),
  /** `PATCH /passkeys/{id}`: a new name. */
  renamePasskey: missingPort<PasskeySummary, { id: string; name: string }>('renamePasskey'),
  /** `DELETE /passkeys/{id}` (needs a recent authentication). */
  removePasskey: missingPort<void, { id: string }>('removePasskey'),
};

/** The port set of passkey management. */
export type PasskeysPorts = typeof passkeysPorts;
