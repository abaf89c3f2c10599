// next-auth configuration: email magic links and, per organization, OIDC single sign-on for staff;
// database sessions (revocable by deleting the row).
import NextAuth, { type NextAuthConfig, type Session } from "next-auth";
import type { EmailConfig, OIDCConfig } from "next-auth/providers";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "./db";
import { getEnv } from "./env";
import { readSessionOrThrow, reportingSessionFailures } from "./security/session-read-failures";
import { acceptPendingInvitations, magicLinkMinutes, sendMagicLink } from "@/server/identity";
import { authorizeSignIn } from "./identity/sso/authorize-sign-in";
import { joinOrganizationBySso } from "./identity/sso/join-organization-by-sso";
import { discoverIssuer, type SsoRefusal } from "./identity/sso/verify-sso-sign-in";
import { loadSsoConnection, organizationOfSsoProvider } from "./identity/sso/sso-connection";
import { buildSsoProvider } from "./identity/sso/sso-provider";

const magicLinkProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  // Links expire after ten minutes; the adapter deletes a token when it is used, so each works once.
  maxAge: magicLinkMinutes * 60,
  normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
  sendVerificationRequest: ({ identifier, url, token }) => sendMagicLink({ email: identifier, url, token }),
};

// An organization's SSO provider exists only for the requests of its flow (/signin/sso-<id> and
// /callback/sso-<id>), loaded from the database when such a request arrives.
async function ssoProviderForRequest(request: Request | undefined): Promise<OIDCConfig<Record<string, unknown>> | undefined> {
  const match = request && /\/api\/auth\/(?:signin|callback)\/([^/?]+)$/.exec(new URL(request.url).pathname);
  const organizationId = organizationOfSsoProvider(match?.[1]);
  const connection = organizationId ? await loadSsoConnection(organizationId) : null;
  return connection ? buildSsoProvider(connection) : undefined;
}

function authConfig(ssoProvider?: OIDCConfig<Record<string, unknown>>): NextAuthConfig {
  const env = getEnv();
  return {
    adapter: reportingSessionFailures(PrismaAdapter(db as never)),
    secret: env.AUTH_SECRET,
    trustHost: true,
    providers: ssoProvider ? [magicLinkProvider, ssoProvider] : [magicLinkProvider],
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    callbacks: {
      signIn: ({ user, account }) => authorizeSignIn({ user, account }),
      // Only who the person is travels in the session; roles are read from the database on every request.
      // Built field by field: the adapter's session row carries the session token, which must never reach
      // scripts (the cookie is httpOnly for that reason), and an update request's data is never trusted.
      session: ({ session, user }) => ({
        user: { id: user.id, email: user.email, name: user.name ?? null },
        expires: session.expires,
      }),
    },
    events: {
      signIn: async ({ user, account }) => {
        if (!user.id || !user.email) return;
        const ssoOrganizationId = organizationOfSsoProvider(account?.provider);
        if (ssoOrganizationId) await joinOrganizationBySso(user.id, ssoOrganizationId);
        await acceptPendingInvitations({ id: user.id, email: user.email });
      },
    },
  };
}

// The lazy form defers reading the environment until a request arrives (not during `next build`).
const nextAuth = NextAuth(async (request) => authConfig(await ssoProviderForRequest(request)));

export const { handlers, signIn, signOut } = nextAuth;

// Starts the authorization-code + PKCE flow at the organization's identity provider: a redirect (thrown
// by next-auth), or the reason it cannot start. The server action has no request for the lazy
// configuration to read, so it gets an instance with the provider; the callback then arrives at the
// route handler, which loads the same provider.
export async function signInWithSso(organizationId: string, email: string): Promise<SsoRefusal> {
  const connection = await loadSsoConnection(organizationId);
  if (!connection) return "unavailable";
  try {
    // Checked here too (next-auth checks it again) to tell the person plainly what is wrong.
    await discoverIssuer(connection.issuer);
  } catch (error) {
    console.warn(`[sso] organization ${organizationId}: ${(error as Error).message}`);
    return "issuer";
  }
  const provider = buildSsoProvider(connection);
  await NextAuth(authConfig(provider)).signIn(provider.id, { redirectTo: "/" }, { login_hint: email });
  return "unavailable";
}

// The signed-in person's session, or null when signed out. Throws when the session could not be read
// (database unreachable) instead of answering "signed out": see session-read-failures.ts.
export function auth(): Promise<Session | null> {
  return readSessionOrThrow(() => nextAuth.auth());
}
