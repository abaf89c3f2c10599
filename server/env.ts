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
    // The embedded PGlite serves one query at a time over a shared session; interleaved connections can
    // mix up replies, so `npm run dev` sets 1 there. Real PostgreSQL takes the default.
    DATABASE_POOL_SIZE: z.coerce.number("DATABASE_POOL_SIZE must be a number").int().min(1).max(100).default(10),
    // Requests per second the whole Resend team may make (Resend's default is 2/s per team, across all keys).
    // Every worker and web process shares it through PostgreSQL. RESEND_MAX_PER_SECOND is its old name.
    RESEND_REQUESTS_PER_SECOND: z.coerce
      .number("RESEND_REQUESTS_PER_SECOND must be a number")
      .positive("RESEND_REQUESTS_PER_SECOND must be above 0")
      .max(1000)
      .optional(),
    RESEND_MAX_PER_SECOND: z.coerce.number("RESEND_MAX_PER_SECOND must be a number").positive().max(1000).optional(),
    RESEND_WEBHOOK_SECRET: z.string().startsWith("whsec_", "RESEND_WEBHOOK_SECRET must start with whsec_").optional(),
    // Shows /dev/outbox and the demo sign-in addresses. On by default outside production.
    ONWARD_DEV_TOOLS: booleanFlag,
    // Lets webhooks and Slack reach 127.0.0.1/::1 over http (tests and local receivers); never in production.
    OUTBOUND_ALLOW_LOOPBACK: booleanFlag,
    // REST API requests per key per minute.
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number("API_RATE_LIMIT_PER_MINUTE must be a number").int().min(1).default(600),
    // Set by `npm run dev` when it serves the embedded PGlite (pg-boss then uses its PGlite profile).
    ONWARD_EMBEDDED_DB: booleanFlag,
    // A production build with dev tools on must say so twice: the outbox shows everyone's sign-in links.
    ONWARD_DEV_TOOLS_IN_PRODUCTION: z
      .literal("I understand", {
        error: 'ONWARD_DEV_TOOLS_IN_PRODUCTION must be exactly "I understand"',
      })
      .optional(),
    // How many reverse proxies in front of the app append to X-Forwarded-For (0: none; the header is ignored).
    TRUSTED_PROXY_HOPS: z.coerce.number("TRUSTED_PROXY_HOPS must be a number").int().min(0).max(10).default(0),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // How long a stopping web process or worker may take to finish what is in flight before it exits anyway.
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number("SHUTDOWN_TIMEOUT_SECONDS must be a number").int().min(1).max(600).default(25),
    // Uploaded images: the local disk (one machine) or an S3-compatible bucket (several instances).
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    STORAGE_LOCAL_DIR: z.string().min(1).optional(),
    S3_BUCKET: z.string().min(3).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    // For MinIO, Ceph, R2, Backblaze and the like; unset for AWS itself.
    S3_ENDPOINT: z.url("S3_ENDPOINT must be an absolute URL").optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: booleanFlag,
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
    if (value.NODE_ENV === "production" && value.ONWARD_DEV_TOOLS && !value.ONWARD_DEV_TOOLS_IN_PRODUCTION) {
      ctx.addIssue({
        code: "custom",
        path: ["ONWARD_DEV_TOOLS"],
        message:
          'ONWARD_DEV_TOOLS=true in a production build shows every sign-in link at /dev/outbox; set ONWARD_DEV_TOOLS_IN_PRODUCTION="I understand" as well to confirm (never on a public server)',
      });
    }
    if (value.NODE_ENV === "production" && !value.RESEND_API_KEY && !value.ONWARD_DEV_TOOLS) {
      ctx.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message: "RESEND_API_KEY is required in production (or set ONWARD_DEV_TOOLS=true to keep mail in the dev outbox)",
      });
    }
    if (value.NODE_ENV === "production" && value.OUTBOUND_ALLOW_LOOPBACK) {
      ctx.addIssue({
        code: "custom",
        path: ["OUTBOUND_ALLOW_LOOPBACK"],
        message: "OUTBOUND_ALLOW_LOOPBACK cannot be set in production (webhooks and Slack must reach public https URLs)",
      });
    }
    if (value.STORAGE_DRIVER === "s3" && !value.S3_BUCKET) {
      ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "S3_BUCKET is required when STORAGE_DRIVER=s3" });
    }
    if (Boolean(value.S3_ACCESS_KEY_ID) !== Boolean(value.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_SECRET_ACCESS_KEY"],
        message: "Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (to use the AWS default credentials)",
      });
    }
  });

// The variable names Onward reads (checked against .env.example by a test).
export const envVariableNames = Object.keys(schema.shape);

export type Env = Omit<z.infer<typeof schema>, "RESEND_REQUESTS_PER_SECOND" | "RESEND_MAX_PER_SECOND"> & {
  RESEND_REQUESTS_PER_SECOND: number;
  devToolsEnabled: boolean;
  emailTransport: "RESEND" | "OUTBOX";
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty value means unset (compose files and .env templates write `NAME=` for "not configured").
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(given);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`);
    throw new Error(`Onward cannot start: the environment is not valid.\n${lines.join("\n")}`);
  }
  const { RESEND_MAX_PER_SECOND, ...value } = result.data;
  return {
    ...value,
    RESEND_REQUESTS_PER_SECOND: value.RESEND_REQUESTS_PER_SECOND ?? RESEND_MAX_PER_SECOND ?? 2,
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
