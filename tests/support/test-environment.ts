// The environment the app sees under test: real database, mail in the outbox, dev tools on.
export function testEnvironment(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "test-secret-that-is-long-enough-for-next-auth-0123456789",
    ONWARD_DEV_TOOLS: "true",
    // The e2e and load runs are production builds with dev tools on: confirmed here, on purpose.
    ONWARD_DEV_TOOLS_IN_PRODUCTION: "I understand",
    NEXT_TELEMETRY_DISABLED: "1",
    // Webhook and Slack receivers in tests are local servers.
    OUTBOUND_ALLOW_LOOPBACK: "true",
    // Keeps test output readable; the logger has its own tests.
    LOG_LEVEL: "warn",
    // A fixed test key (never used outside tests); the local OIDC provider listens on http://127.0.0.1.
    SSO_ENCRYPTION_KEY: "dGVzdC1vbmx5LXNzby1rZXktMzItYnl0ZXMtbG9uZyE=",
    SSO_ALLOW_LOOPBACK: "true",
  };
}
