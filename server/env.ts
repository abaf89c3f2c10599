// The one place that reads the environment. Everything else imports `env` from here, so a missing or
// malformed variable fails at start-up with a message naming it, not later inside a request.
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is required: a postgresql:// URL (npm run dev starts an embedded one)" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
    AUTH_SECRET: z
      .string({ error: "AUTH_SECRET is required: a random string of 32+ characters (openssl rand -base64 32)" })
      .min(32, "AUTH_SECRET must be at least 32 characters"),
    APP_URL: z.url("APP_URL must be an absolute URL such as https://onward.example.com").default("http://localhost:3000"),
    EMAIL_FROM: z.string().min(3).default("Onward <onboarding@onward.localhost>"),
    RESEND_API_KEY: z.string().startsWith("re_", "RESEND_API_KEY must start with re_").optional(),
    // Lets tests and self-hosters point the Resend SDK at another server that speaks Resend's API.
    RESEND_BASE_URL: z.url("RESEND_BASE_URL must be an absolute URL").optional(),
    // Requests per second this process makes to Resend (Resend's default team limit is 2/s).
    // The embedded PGlite serves one query at a time over a shared session; interleaved connections can
    // mix up replies, so `npm run dev` sets 1 there. Real PostgreSQL takes the default.
    DATABASE_POOL_SIZE: z.coerce.number("DATABASE_POOL_SIZE must be a number").int().min(1).max(100).default(10),
    RESEND_MAX_PER_SECOND: z.coerce.number("RESEND_MAX_PER_SECOND must be a number").positive().max(1000).default(2),
    RESEND_WEBHOOK_SECRET: z.string().startsWith("whsec_", "RESEND_WEBHOOK_SECRET must start with whsec_").optional(),
    // Shows /dev/outbox and the demo sign-in addresses. On by default outside production.
    ONWARD_DEV_TOOLS: booleanFlag,
    // Encrypts SSO client secrets at rest (AES-256-GCM). Without it, SSO cannot be configured or used.
    SSO_ENCRYPTION_KEY: z
      .string()
      .refine((key) => Buffer.from(key, "base64").length === 32 && /^[A-Za-z0-9+/]{43}=$/.test(key), {
        message: "SSO_ENCRYPTION_KEY must be 32 random bytes in base64 (openssl rand -base64 32)",
      })
      .optional(),
    // Lets SSO issuers be http://127.0.0.1 or http://localhost (a local test provider); otherwise https only.
    SSO_ALLOW_LOOPBACK: booleanFlag,
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !value.RESEND_API_KEY && !value.ONWARD_DEV_TOOLS) {
      ctx.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message: "RESEND_API_KEY is required in production (or set ONWARD_DEV_TOOLS=true to keep mail in the dev outbox)",
      });
    }
  });

export type Env = z.infer<typeof schema> & { devToolsEnabled: boolean; emailTransport: "RESEND" | "OUTBOX" };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`);
    throw new Error(`Onward cannot start: the environment is not valid.\n${lines.join("\n")}`);
  }
  const value = result.data;
  return {
    ...value,
    devToolsEnabled: value.ONWARD_DEV_TOOLS || value.NODE_ENV !== "production",
    emailTransport: value.RESEND_API_KEY ? "RESEND" : "OUTBOX",
  };
}

let cached: Env | undefined;

// Parsed on first use (not at import) so that `next build` can load modules without runtime secrets.
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
