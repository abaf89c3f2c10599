// The footer of non-essential email: who sent it and a one-click way to stop it.
import { Link } from "@react-email/components";
import type { Branding } from "./email-layout";

export function UnsubscribeFooter({
  branding,
  unsubscribeUrl,
  topic,
}: {
  branding: Branding;
  unsubscribeUrl: string;
  topic: string;
}) {
  return (
    <>
      Sent by {branding.organizationName} with Onward.{" "}
      <Link href={unsubscribeUrl} style={{ color: "#71717a", textDecoration: "underline" }}>
        Unsubscribe from {topic}
      </Link>
    </>
  );
}
