// The database fingerprint for REST suites: a refused API call may write its own bookkeeping (the audit
// entry for a failed key use, the rate-limit counter, the key's last use), nothing else.
import { fingerprintExcept } from "./fingerprint";

export const restDatabaseFingerprint = fingerprintExcept(["AuditLog", "ApiKey", "ApiRateLimitWindow", "ApiIdempotencyKey"]);
