// The owner's SSO form, validated the same way in the browser and on the server (no Prisma imports).
import { z } from "zod";

const domainPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(domainPattern, "Enter a domain such as acme.com (no @, no https://)");

export const ssoSettingsInput = z.object({
  enabled: z.boolean(),
  issuer: z
    .string()
    .trim()
    .max(500, "Keep the issuer URL under 500 characters")
    .pipe(z.url("Enter the issuer URL, e.g. https://acme.okta.com"))
    // Issuers are compared as written in the provider's discovery document, without a trailing slash
    // added or removed by us; only surrounding whitespace is trimmed.
    .refine((url) => !/[?#]/.test(url), { message: "The issuer URL has no query or fragment" }),
  clientId: z.string().trim().min(1, "Enter the client id").max(255, "The client id is too long"),
  // Blank keeps the secret already stored (it is never shown again).
  clientSecret: z.string().trim().max(2000, "The client secret is too long").optional(),
  domains: z
    .array(emailDomainSchema)
    .min(1, "Add at least one email domain")
    .max(20, "At most 20 domains")
    .refine((domains) => new Set(domains).size === domains.length, { message: "Each domain may appear only once" }),
  defaultRole: z.enum(["ADMIN", "CSM"], { error: "New members get the admin or CSM role" }),
  requiredForStaff: z.boolean(),
});
export type SsoSettingsInput = z.input<typeof ssoSettingsInput>;
