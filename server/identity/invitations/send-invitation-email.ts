import { createElement } from "react";
import { getEnv } from "../../env";
import { sendEmail } from "../../email/send-email";
import { InvitationEmail } from "../../email/templates/invitation-email";
import { brandingOf, senderOf } from "../organizations/branding";

export async function sendInvitationEmail(invitation: {
  id: string;
  email: string;
  organizationId: string;
  invitedTo: string;
  inviterName: string;
}) {
  const [branding, sender] = [await brandingOf(invitation.organizationId), await senderOf(invitation.organizationId)];
  const signInUrl = `${getEnv().APP_URL}/sign-in?email=${encodeURIComponent(invitation.email)}`;
  return sendEmail({
    to: invitation.email,
    subject: `${invitation.inviterName} invited you to ${invitation.invitedTo}`,
    template: "invitation",
    category: "essential",
    react: createElement(InvitationEmail, {
      branding,
      inviterName: invitation.inviterName,
      invitedTo: invitation.invitedTo,
      signInUrl,
    }),
    idempotencyKey: `invitation:${invitation.id}`,
    organizationId: invitation.organizationId,
    ...sender,
  });
}
