import { GatehouseError } from '@gatehouse/rules';
import type { ClientMetadata } from 'oidc-provider';

/** A relying party registered in configuration (sibling portals, any OIDC client). */
export interface OidcClientConfig {
  /** The `client_id` the relying party sends. */
  clientId: string;
  /**
   * The secret of a confidential client (a server-side app; sent with HTTP Basic to the token endpoint). Leave it
   * out for a public client (a browser or native app): PKCE alone then binds the code to the app.
   */
  clientSecret?: string;
  /** Exact redirect URIs: compared as strings, no prefixes, no wildcards. */
  redirectUris: readonly string[];
  /** Exact URIs the provider may return to after logout. */
  postLogoutRedirectUris?: readonly string[];
  /** Where the provider POSTs a logout token when the user logs out anywhere (OpenID Back-Channel Logout 1.0). */
  backchannelLogoutUri?: string;
  /** Shown on the consent and logout pages. */
  name?: string;
  /**
   * A portal of your own: the user is not asked to consent to sharing their profile with it. Default false:
   * other clients get a consent page once per grant.
   */
  firstParty?: boolean;
}

/** Only http(s) URIs without fragments; http only for loopback hosts (development). */
function checkUri(value: string, where: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new GatehouseError('invalid-option', `${where}: ${JSON.stringify(value)} is not an absolute URL`, {
      option: where,
    });
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.hash || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
    throw new GatehouseError(
      'invalid-option',
      `${where}: ${JSON.stringify(value)} must be https (http only on a loopback host) and have no fragment`,
      { option: where },
    );
  }
  return value;
}

/**
 * The oidc-provider metadata of a configured client: authorization code only, RS256 ID tokens, back-channel
 * logout with the session id. Throws `GatehouseError('invalid-option')` naming the client and field of a bad URI.
 */
export function clientMetadata(client: OidcClientConfig, index: number): ClientMetadata {
  const where = `oidc.clients[${index}]`;
  if (!client.clientId || typeof client.clientId !== 'string') {
    throw new GatehouseError('invalid-option', `${where}.clientId is required`, {
      option: `${where}.clientId`,
    });
  }
  if (client.redirectUris.length === 0) {
    throw new GatehouseError('invalid-option', `${where}.redirectUris needs at least one URI`, {
      option: `${where}.redirectUris`,
    });
  }
  return {
    client_id: client.clientId,
    ...(client.clientSecret
      ? { client_secret: client.clientSecret, token_endpoint_auth_method: 'client_secret_basic' }
      : { token_endpoint_auth_method: 'none' }),
    ...(client.name ? { client_name: client.name } : {}),
    redirect_uris: client.redirectUris.map((uri, i) => checkUri(uri, `${where}.redirectUris[${i}]`)),
    post_logout_redirect_uris: (client.postLogoutRedirectUris ?? []).map((uri, i) =>
      checkUri(uri, `${where}.postLogoutRedirectUris[${i}]`),
    ),
    ...(client.backchannelLogoutUri
      ? {
          backchannel_logout_uri: checkUri(client.backchannelLogoutUri, `${where}.backchannelLogoutUri`),
          backchannel_logout_session_required: true,
        }
      : {}),
    grant_types: ['authorization_code'],
    response_types: ['code'],
    id_token_signed_response_alg: 'RS256',
  };
}
