// The email registry: every template definition, so the admin previews (/admin/emails) and the send path
// see the same list. A template file that is not listed here fails tests/unit/email-registry.test.ts.
import { checkInEmail } from "./check-in-email";
import { csmDigestEmail } from "./csm-digest-email";
import { helpRequestEmail } from "./help-request-email";
import { invitationEmail } from "./invitation-email";
import { magicLinkEmail } from "./magic-link-email";
import { nudgeEmail } from "./nudge-email";
import { overdueDigestEmail } from "./overdue-digest-email";
import { sendingPausedEmail } from "./sending-paused-email";
import { webhookDisabledEmail } from "./webhook-disabled-email";

export const emailTemplates = [
  checkInEmail,
  overdueDigestEmail,
  csmDigestEmail,
  nudgeEmail,
  helpRequestEmail,
  magicLinkEmail,
  invitationEmail,
  webhookDisabledEmail,
  sendingPausedEmail,
];
