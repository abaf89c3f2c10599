// Sends the sign-in link through the one email path. Addresses that are neither users nor invited get
// no email, but the page says the same thing either way, so it does not reveal who has an account.
import { createHash } from "node:crypto";
import { db } from "../../db";
import { getEnv } from "../../env";
import { sendEmail } from "../../email/send-email";
import { defaultBranding, type Branding } from "../../email/templates/email-layout";
import { composeEmail } from "../../email/templates/define-email-template";
import { magicLinkEmail } from "../../email/templates/magic-link-email";
import { hasPendingInvitation } from "../invitations/accept-pending-invitations";
import { brandingOf } from "../organizations/branding";

export const magicLinkMinutes = 10;

async function brandingForAddress(email: string): Promise<Branding> {
  const user = await db.user.findUnique({
    where: { email },
    select: {
      memberships: { take: 1, select: { organizationId: true } },
      accountMemberships: { take: 1, select: { organizationId: true } },
    },
  });
  const organizationId = user?.memberships[0]?.organizationId ?? user?.accountMemberships[0]?.organizationId;
  return organizationId ? brandingOf(organizationId) : defaultBranding;
}

// next-auth builds the link from the request's Host and X-Forwarded-* headers, which a client controls.
// Emailed links always point at APP_URL: the path and query are kept, the origin (and the callback's) replaced.
export function linkOnAppUrl(url: string, appUrl = getEnv().APP_URL): string {
  const app = new URL(appUrl);
  const link = new URL(url);
  const fixed = new URL(link.pathname + link.search, app);
  const callback = fixed.searchParams.get("callbackUrl");
  if (callback) {
    const target = new URL(callback, app);
    fixed.searchParams.set("callbackUrl", new URL(target.pathname + target.search, app).toString());
  }
  return fixed.toString();
}

export async function sendMagicLink(params: { email: string; url: string; token: string }): Promise<void> {
  const email = params.email.toLowerCase();
  const known = (await db.user.count({ where: { email } })) > 0 || (await hasPendingInvitation(email));
  if (!known) {
    console.info(`[auth] sign-in requested for ${email}, which has no account or invitation: no email sent`);
    return;
  }
  const branding = await brandingForAddress(email);
  const url = linkOnAppUrl(params.url);
  await sendEmail({
    to: email,
    category: "essential",
    ...composeEmail(magicLinkEmail, { url, branding, minutesValid: magicLinkMinutes }),
    // One email per token: the raw token never lands in the log.
    idempotencyKey: `magic-link:${createHash("sha256").update(params.token).digest("hex")}`,
  });
  if (getEnv().devToolsEnabled) console.info(`[auth] magic link for ${email}: ${url}`);
}
