/**
 * The browser's half of WebAuthn through `@simplewebauthn/browser`: creating a passkey and signing a challenge,
 * with the browser's errors turned into the contract's codes. Loaded on demand (`passkey-ports.ts`), never on a
 * page's first load.
 */
import { GatehouseError } from '@gatehouse/rules';
import {
  startAuthentication,
  startRegistration,
  WebAuthnAbortService,
  WebAuthnError,
} from '@simplewebauthn/browser';

type Options = Record<string, unknown>;

/** A ceremony that failed, as a code the elements show: the person cancelled, or this authenticator cannot. */
function ceremonyError(error: unknown): GatehouseError {
  const name = (error as { name?: string })?.name;
  const code = error instanceof WebAuthnError ? error.code : '';
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError')
    return new GatehouseError('passkey-exists', 'this authenticator already holds a passkey for the account');
  if (name === 'NotAllowedError' || name === 'AbortError')
    return new GatehouseError('passkey-cancelled', 'the passkey dialog was closed or timed out');
  return new GatehouseError('passkey-unsupported', 'this browser or authenticator cannot use passkeys here');
}

/** Stops the ceremony when the flow leaves its step (the dialog closes). */
function cancelOn(signal: AbortSignal): void {
  signal.addEventListener('abort', () => WebAuthnAbortService.cancelCeremony(), { once: true });
}

/** Asks the authenticator for a new passkey for the backend's creation options. */
export async function createCredential(options: Options, signal: AbortSignal): Promise<Options> {
  cancelOn(signal);
  try {
    return (await startRegistration({ optionsJSON: options as never })) as unknown as Options;
  } catch (error) {
    throw ceremonyError(error);
  }
}

/**
 * Has the authenticator sign the backend's challenge. `autofill`: wait for the person to pick a passkey from the
 * suggestions of the field marked `autocomplete="username webauthn"` (conditional mediation) instead of a dialog.
 */
export async function getAssertion(
  options: Options,
  signal: AbortSignal,
  autofill = false,
): Promise<Options> {
  cancelOn(signal);
  try {
    return (await startAuthentication({
      optionsJSON: options as never,
      useBrowserAutofill: autofill,
    })) as unknown as Options;
  } catch (error) {
    throw ceremonyError(error);
  }
}
