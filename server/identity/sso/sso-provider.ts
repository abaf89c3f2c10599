// Each organization's identity provider is a next-auth OIDC provider built at request time from the
// stored connection (next-auth's lazy configuration). Its callback URL is what the owner registers as
// the redirect URI at Okta, Entra ID or Google.
import { customFetch } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { identityProviderFetch } from "./identity-provider-fetch";
import { ssoProviderId, type SsoConnection } from "./sso-connection";

export function buildSsoProvider(connection: SsoConnection): OIDCConfig<Record<string, unknown>> {
  return {
    id: ssoProviderId(connection.organizationId),
    name: `${connection.organizationName} SSO`,
    type: "oidc",
    issuer: connection.issuer,
    clientId: connection.clientId,
    clientSecret: connection.clientSecret,
    // Authorization code with PKCE; state and nonce are checked by next-auth (oauth4webapi), which also
    // checks the id token's issuer, audience and expiry. Its signature is checked in verifySsoSignIn.
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    // The organization vouches for its verified domains, so an existing user with the same address
    // (invited, or signed in by magic link before) is the same person: verifySsoSignIn decides first.
    allowDangerousEmailAccountLinking: true,
    // Store only the link between the provider's subject and the user, never the provider's tokens.
    account: () => ({}),
    profile: (profile) => ({
      id: String(profile.sub),
      email: typeof profile.email === "string" ? profile.email.toLowerCase() : null,
      name: typeof profile.name === "string" ? profile.name : null,
    }),
    [customFetch]: identityProviderFetch,
  };
}
