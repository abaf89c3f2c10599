// next-auth's signIn callback: SSO sign-ins are verified by verifySsoSignIn; a magic link (requested, or
// opened later) is refused for staff of an organization that requires SSO. Returning a path sends the
// browser to the page that explains the refusal.
import { organizationRequiringSsoFor } from "./find-sso-for-email";
import { organizationOfSsoProvider } from "./sso-connection";
import { ssoRefusedPath, verifySsoSignIn } from "./verify-sso-sign-in";

export async function authorizeSignIn(params: {
  user: { email?: string | null };
  account: { provider: string; providerAccountId: string; id_token?: string } | null | undefined;
}): Promise<true | string> {
  const organizationId = organizationOfSsoProvider(params.account?.provider);
  if (organizationId && params.account) {
    return verifySsoSignIn({
      organizationId,
      idToken: params.account.id_token,
      subject: params.account.providerAccountId,
    });
  }
  if (params.account?.provider === "email" && params.user.email) {
    if (await organizationRequiringSsoFor(params.user.email)) return ssoRefusedPath("sso-required");
  }
  return true;
}
