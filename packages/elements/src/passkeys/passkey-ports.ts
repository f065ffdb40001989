/**
 * The browser ports of passkeys: small wrappers that load the WebAuthn code (`webauthn-ceremony.ts` and
 * `@simplewebauthn/browser`) only when a ceremony starts, so a login page pays for passkeys only when one is used.
 */
import { type AnyActorLogic, createActor, fromPromise, toPromise } from 'xstate';

type Options = Record<string, unknown>;
const ceremony = () => import('./webauthn-ceremony.js');

/** `createPasskey` of the passkeys flow: the authenticator makes a passkey. */
export const createPasskeyPort = fromPromise<Options, { options: Options }>(async ({ input, signal }) =>
  (await ceremony()).createCredential(input.options, signal),
);

/** `getPasskey` of the login flow: the authenticator signs the challenge (a browser dialog). */
export const getPasskeyPort = fromPromise<Options, { options: Options }>(async ({ input, signal }) =>
  (await ceremony()).getAssertion(input.options, signal),
);

/** Whether this browser offers passkeys among a field's autofill suggestions (conditional mediation). */
async function autofillAvailable(): Promise<boolean> {
  const pkc = globalThis.PublicKeyCredential as
    | { isConditionalMediationAvailable?: () => Promise<boolean> }
    | undefined;
  return (await pkc?.isConditionalMediationAvailable?.().catch(() => false)) === true;
}

/**
 * `passkeyAutofill` of the login flow: where the browser offers passkey autofill, fetches a challenge with
 * the port `optionsPortOf` names (the backend's `passkeyOptions`) and waits for the person to pick a passkey; elsewhere
 * (and after one pick on this page) it never settles, and the password form works as before. `fieldReady` settles
 * once the page has a field marked `autocomplete="… webauthn"`: the browser's autofill request needs one.
 */
export function passkeyAutofillPort(
  optionsPortOf: () => AnyActorLogic | undefined,
  fieldReady: () => Promise<unknown> = async () => {},
) {
  // Offered once per page: after a passkey was picked (and perhaps refused), the button is the way to try again.
  let offered = false;
  return fromPromise<Options, void>(async ({ signal }) => {
    const optionsPort = optionsPortOf();
    if (offered || !optionsPort || !(await autofillAvailable())) return new Promise<Options>(() => {});
    offered = true;
    const answer = (await toPromise(createActor(optionsPort).start())) as { options?: Options };
    await fieldReady();
    if (signal.aborted) return new Promise<Options>(() => {});
    return (await ceremony()).getAssertion(answer?.options ?? {}, signal, true);
  });
}

/** Whether this browser can use passkeys at all (the buttons show only then). */
export const passkeysSupported = (): boolean => typeof globalThis.PublicKeyCredential === 'function';
