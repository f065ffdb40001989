/**
 * @gatehouse/server/oidc — the OpenID Connect provider that gives sibling portals single sign-on with the portal's
 * own login (docs/sso.md). A subpath of its own: hosts that do not use it never load oidc-provider.
 */

export type { OidcClientConfig } from './oidc-clients.js';
export {
  createOidcProvider,
  type GatehouseOidcProvider,
  type OidcLifetimes,
  type OidcProviderOptions,
} from './oidc-provider.js';
export { ACR_MFA, ACR_PASSWORD } from './portal-login.js';
export { retireOidcSigningKeys, rotateOidcSigningKey } from './signing-keys.js';
