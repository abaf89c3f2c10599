// The shared frame of every email: the organization's logo, name and brand colour, then the content.
import type { ReactNode } from "react";
import { Body, Container, Head, Hr, Html, Img, Preview, Section, Text } from "@react-email/components";

export type Branding = { organizationName: string; brandColor: string; logoUrl?: string | null };

export const defaultBranding: Branding = { organizationName: "Onward", brandColor: "#4f46e5" };

export function EmailLayout(props: { branding: Branding; preview: string; children: ReactNode; footer?: ReactNode }) {
  const { branding } = props;
  return (
    <Html lang="en">
      <Head>
        {/* Without it, phone mail apps lay the email out at desktop width and shrink it. */}
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: "#f4f4f5", fontFamily: "system-ui, -apple-system, Segoe UI, sans-serif" }}>
        <Container
          style={{
            backgroundColor: "#ffffff",
            borderRadius: 8,
            margin: "24px auto",
            maxWidth: 560,
            padding: 24,
            boxSizing: "border-box",
          }}
        >
          <Section style={{ borderBottom: `4px solid ${branding.brandColor}`, paddingBottom: 12 }}>
            {branding.logoUrl ? (
              <Img src={branding.logoUrl} alt={branding.organizationName} height={32} />
            ) : (
              <Text style={{ color: branding.brandColor, fontSize: 20, fontWeight: 700, margin: 0 }}>
                {branding.organizationName}
              </Text>
            )}
          </Section>
          {props.children}
          <Hr style={{ borderColor: "#e4e4e7", margin: "24px 0 12px" }} />
          <Text style={{ color: "#71717a", fontSize: 12 }}>
            {props.footer ?? `Sent by ${branding.organizationName} with Onward.`}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export function buttonStyle(branding: Branding) {
  return {
    backgroundColor: branding.brandColor,
    borderRadius: 6,
    color: "#ffffff",
    display: "inline-block",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  } as const;
}
