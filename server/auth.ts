// next-auth configuration: email magic links only, database sessions (revocable by deleting the row).
import NextAuth, { type Session } from "next-auth";
import type { EmailConfig } from "next-auth/providers";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "./db";
import { getEnv } from "./env";
import { readSessionOrThrow, reportingSessionFailures } from "./security/session-read-failures";
import { acceptPendingInvitations, magicLinkMinutes, sendMagicLink } from "@/server/identity";

const magicLinkProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  // Links expire after ten minutes; the adapter deletes a token when it is used, so each works once.
  maxAge: magicLinkMinutes * 60,
  normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
  sendVerificationRequest: ({ identifier, url, token }) => sendMagicLink({ email: identifier, url, token }),
};

// The lazy form defers reading the environment until a request arrives (not during `next build`).
const nextAuth = NextAuth(() => {
  const env = getEnv();
  return {
    adapter: reportingSessionFailures(PrismaAdapter(db as never)),
    secret: env.AUTH_SECRET,
    trustHost: true,
    providers: [magicLinkProvider],
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    callbacks: {
      // Only who the person is travels in the session; roles are read from the database on every request.
      // Built field by field: the adapter's session row carries the session token, which must never reach
      // scripts (the cookie is httpOnly for that reason), and an update request's data is never trusted.
      session: ({ session, user }) => ({
        user: { id: user.id, email: user.email, name: user.name ?? null },
        expires: session.expires,
      }),
    },
    events: {
      signIn: async ({ user }) => {
        if (user.id && user.email) await acceptPendingInvitations({ id: user.id, email: user.email });
      },
    },
  };
});

export const { handlers, signIn, signOut } = nextAuth;

// The signed-in person's session, or null when signed out. Throws when the session could not be read
// (database unreachable) instead of answering "signed out": see session-read-failures.ts.
export function auth(): Promise<Session | null> {
  return readSessionOrThrow(() => nextAuth.auth());
}
