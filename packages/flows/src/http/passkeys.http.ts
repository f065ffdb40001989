import { port } from '../common/port.js';
import type { PasskeysPorts } from '../passkeys/passkeys.ports.js';
import { segment } from './http-client.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * Passkey management's ports over the REST contract: `GET /passkeys`, `POST /session/reauthenticate`,
 * `POST /passkeys/options`, `POST /passkeys`, `PATCH`/`DELETE /passkeys/{id}`. The one thing to know:
 * `createPasskey` is the browser's WebAuthn ceremony, not an HTTP call: it is not in this set, and
 * `<gate-passkeys>` supplies it (loaded only when someone adds a passkey).
 */
export const passkeysHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'passkeys',
  ({ call }): Omit<PasskeysPorts, 'createPasskey'> => ({
    listPasskeys: port((_, signal) => call('GET', '/passkeys', undefined, signal)),
    reauthenticate: port((input, signal) => call('POST', '/session/reauthenticate', input, signal)),
    passkeyCreationOptions: port((_, signal) => call('POST', '/passkeys/options', {}, signal)),
    savePasskey: port(({ response }, signal) => call('POST', '/passkeys', { response }, signal)),
    renamePasskey: port(({ id, name }, signal) =>
      call('PATCH', `/passkeys/${segment(id)}`, { name }, signal),
    ),
    removePasskey: port(({ id }, signal) => call('DELETE', `/passkeys/${segment(id)}`, undefined, signal)),
  }),
);
