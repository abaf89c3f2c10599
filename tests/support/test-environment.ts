// The environment the app sees under test: real database, mail in the outbox, dev tools on.
export function testEnvironment(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "test-secret-that-is-long-enough-for-next-auth-0123456789",
    ONWARD_DEV_TOOLS: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // Keeps test output readable; the logger has its own tests.
    LOG_LEVEL: "warn",
  };
}
