// Limits on everything that sends email or stores files, per person and per account (or organization):
// generous for real work, low enough that nobody can turn Onward into a mail cannon or a file host.
// Every limit goes through the one atomic PostgreSQL limiter (rate-limit.ts). Documented in README.
import { enforceLimits, type Limit } from "./rate-limit";

type Rule = { what: string; windowMinutes: number; perPerson: number; perTenant: number };

export const abuseLimits = {
  invitation: { what: "invitations", windowMinutes: 60, perPerson: 20, perTenant: 50 },
  helpRequest: { what: "help requests", windowMinutes: 60, perPerson: 5, perTenant: 20 },
  checkInComment: { what: "comments", windowMinutes: 60, perPerson: 5, perTenant: 20 },
  upload: { what: "uploads", windowMinutes: 60, perPerson: 30, perTenant: 100 },
  nudge: { what: "nudges", windowMinutes: 24 * 60, perPerson: 30, perTenant: 3 },
} satisfies Record<string, Rule>;

type AbuseAction = keyof typeof abuseLimits;

// `person` is whoever acts (a user id, or a check-in recipient's address); `tenant` is the account or
// organization the action is about. Either may be absent (a system action has no person).
export function enforceAbuseLimit(action: AbuseAction, who: { person?: string | null; tenant?: string | null }) {
  const rule: Rule = abuseLimits[action];
  const limits: Limit[] = [];
  if (who.person)
    limits.push({ key: `${action}:person:${who.person}`, limit: rule.perPerson, windowMinutes: rule.windowMinutes });
  if (who.tenant)
    limits.push({ key: `${action}:tenant:${who.tenant}`, limit: rule.perTenant, windowMinutes: rule.windowMinutes });
  return enforceLimits(rule.what, limits);
}
