// A real OpenID Connect provider (oidc-provider, the certified implementation Okta-like IdPs follow) on
// 127.0.0.1 for browser tests. People are chosen by the login typed on its development login page; their
// claims come from `people`. It signs id tokens with its own keys (RS256), publishes them as JWKS and
// requires PKCE, exactly what the app must verify.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type LocalPerson = { email: string; emailVerified?: boolean; name?: string };

export type LocalOidcProvider = {
  issuer: string;
  port: number;
  clientId: string;
  clientSecret: string;
  people: Map<string, LocalPerson>;
  close: () => Promise<void>;
};

export async function startLocalOidcProvider(options: { redirectUris: string[]; port?: number }): Promise<LocalOidcProvider> {
  const people = new Map<string, LocalPerson>();
  const clientId = "onward-test-client";
  const clientSecret = "onward-test-client-secret-0123456789";
  // The port must be known before the issuer is: listen first, then mount the provider.
  const mounted: { handler?: (req: IncomingMessage, res: ServerResponse) => void } = {};
  const server = createServer((req, res) => (mounted.handler ? mounted.handler(req, res) : res.writeHead(503).end()));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the requested claims in the id token itself, as Okta, Entra ID and Google do.
    conformIdTokenClaims: false,
    cookies: { keys: ["local-oidc-provider-cookie-key-for-tests"] },
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    findAccount: (_ctx, id) => {
      const person = people.get(id);
      if (!person) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, email: person.email, email_verified: person.emailVerified ?? true, name: person.name ?? id }),
      };
    },
  });
  // Errors inside the provider would otherwise only show as a bare 500 page in the browser.
  provider.on("server_error", (_ctx, error) => console.error("[local-oidc-provider]", error));
  mounted.handler = provider.callback();
  return {
    issuer,
    port,
    clientId,
    clientSecret,
    people,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
