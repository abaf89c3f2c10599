import { getEnv } from "../../env";
import { sendEmail } from "../../email/send-email";
import { composeEmail } from "../../email/templates/define-email-template";
import { invitationEmail } from "../../email/templates/invitation-email";
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
    category: "essential",
    ...composeEmail(invitationEmail, {
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
