import { port } from '../common/port.js';
import type { Profile, ProfilePorts } from '../profile/profile.ports.js';
import { segment } from './http-client.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The profile flow's ports over the REST contract: `GET`/`PATCH /profile`, `POST /profile/phone`,
 * `POST /profile/phone/{verificationId}/confirm`. The one thing to know: the answers' `{ profile }` envelope is
 * unwrapped, so the ports resolve with the `Profile` itself.
 */
export const profileHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'profile',
  ({ call }): ProfilePorts => ({
    loadProfile: port(
      async (_, signal) => (await call<{ profile: Profile }>('GET', '/profile', undefined, signal)).profile,
    ),
    saveProfile: port(
      async ({ data }, signal) =>
        (await call<{ profile: Profile }>('PATCH', '/profile', data, signal)).profile,
    ),
    requestPhoneVerification: port((input, signal) => call('POST', '/profile/phone', input, signal)),
    confirmPhone: port(
      async ({ verificationId, code }, signal) =>
        (
          await call<{ profile: Profile }>(
            'POST',
            `/profile/phone/${segment(verificationId)}/confirm`,
            { code },
            signal,
          )
        ).profile,
    ),
  }),
);
