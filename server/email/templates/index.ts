// Every email template with its preview props, for the admin preview page (/admin/emails). A new
// template is added here in one line.
import { createElement, type ReactElement } from "react";
import type { Branding } from "./email-layout";
import { CheckInEmail, checkInPreviewProps } from "./check-in-email";
import { InvitationEmail, invitationPreviewProps } from "./invitation-email";
import { MagicLinkEmail, magicLinkPreviewProps } from "./magic-link-email";
import { OverdueDigestEmail, overdueDigestPreviewProps } from "./overdue-digest-email";
import { SendingPausedEmail, sendingPausedPreviewProps } from "./sending-paused-email";

export type TemplateEntry = { name: string; description: string; preview: (branding: Branding) => ReactElement };

export const emailTemplates: TemplateEntry[] = [
  {
    name: "check-in",
    description: "The 30/60/90-day check-in with progress, goals and one-click answers.",
    preview: (branding) => createElement(CheckInEmail, { ...checkInPreviewProps, branding }),
  },
  {
    name: "overdue-digest",
    description: "A customer's daily digest of overdue onboarding tasks (at most one a day).",
    preview: (branding) => createElement(OverdueDigestEmail, { ...overdueDigestPreviewProps, branding }),
  },
  {
    name: "magic-link",
    description: "The sign-in link (essential).",
    preview: (branding) => createElement(MagicLinkEmail, { ...magicLinkPreviewProps, branding }),
  },
  {
    name: "invitation",
    description: "An invitation to the team or to a customer account (essential).",
    preview: (branding) => createElement(InvitationEmail, { ...invitationPreviewProps, branding }),
  },
  {
    name: "sending-paused",
    description: "To the owners when Resend's sending quota stops all sending (essential).",
    preview: (branding) => createElement(SendingPausedEmail, { ...sendingPausedPreviewProps, branding }),
  },
];

export const emailTemplateNames = emailTemplates.map((template) => template.name);
