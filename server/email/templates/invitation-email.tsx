import { Button, Heading, Text } from "@react-email/components";
import { buttonStyle, defaultBranding, EmailLayout, type Branding } from "./email-layout";
import { defineEmailTemplate } from "./define-email-template";

export type InvitationEmailProps = {
  branding: Branding;
  inviterName: string;
  // What the person is invited to: "the Acme team" or "Globex's onboarding with Acme".
  invitedTo: string;
  signInUrl: string;
};

export function InvitationEmail({ branding, inviterName, invitedTo, signInUrl }: InvitationEmailProps) {
  return (
    <EmailLayout branding={branding} preview={`${inviterName} invited you to ${invitedTo}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        You are invited to {invitedTo}
      </Heading>
      <Text>
        {inviterName} invited you to join {invitedTo} on {branding.organizationName}. Sign in with this email address to accept;
        no password is needed.
      </Text>
      <Button href={signInUrl} style={buttonStyle(branding)}>
        Accept the invitation
      </Button>
      <Text style={{ color: "#71717a", fontSize: 13 }}>Or open: {signInUrl}</Text>
    </EmailLayout>
  );
}

export const invitationPreviewProps: InvitationEmailProps = {
  branding: defaultBranding,
  inviterName: "Ada Admin",
  invitedTo: "the Onward Demo team",
  signInUrl: "http://localhost:3000/sign-in?email=new.person%40example.com",
};

export const invitationEmail = defineEmailTemplate({
  name: "invitation",
  description: "An invitation to the team or to a customer account (essential).",
  subject: (props) => `${props.inviterName} invited you to ${props.invitedTo}`,
  component: InvitationEmail,
  previewProps: invitationPreviewProps,
});
