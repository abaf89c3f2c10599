// Everything a check-in email says: progress, milestones and goals of the account, addressed to its
// champion (or first member) with replies going to the account's CSM. Built for a batch of check-ins at
// once with one query (the worker sends thousands in a row), or for one.
import { db } from "../../db";
import type { OutgoingEmail } from "../../email/send-email";
import { composeEmail } from "../../email/templates/define-email-template";
import { checkInEmail, type CheckInGoal } from "../../email/templates/check-in-email";
import type { Branding } from "../../email/templates/email-layout";
import { unsubscribePageUrl } from "@/server/email/tokens/unsubscribe-links";
import { brandingFrom } from "@/server/identity";
import { answerUrls } from "./answer-links";

export const checkInCategory = "check-ins";

export class NoRecipientError extends Error {}

// Deleted meanwhile (e.g. with its account): there is nothing to send or to record.
export class CheckInGoneError extends Error {}

type CheckInRow = {
  id: string;
  dayOffset: number;
  organizationId: string;
  customerAccountId: string;
  senderName: string | null;
  replyToEmail: string | null;
  organizationName: string;
  brandColor: string;
  logoUrl: string | null;
  accountName: string;
  kickoffDate: Date;
  csmName: string | null;
  csmEmail: string | null;
  recipientId: string | null;
  recipientName: string | null;
  recipientEmail: string | null;
  tasksDone: number;
  tasksTotal: number;
  milestones: { title: string; reached: boolean }[];
  goals: CheckInGoal[];
};

// Everything the emails of a batch need, in one statement (one row per check-in). The recipient is the
// champion first, then the earliest member, whose address has not bounced; tasks count unless skipped;
// a milestone counts as reached once recorded, or once all its required tasks are done or skipped.
function loadCheckIns(checkInIds: string[]): Promise<CheckInRow[]> {
  return db.$queryRaw<CheckInRow[]>`
    SELECT c.id, c."dayOffset", c."organizationId", c."customerAccountId",
           o."senderName", o."replyToEmail", o.name AS "organizationName", o."brandColor", o."logoUrl",
           a.name AS "accountName", a."kickoffDate", csm.name AS "csmName", csm.email AS "csmEmail",
           recipient.id AS "recipientId", recipient.name AS "recipientName", recipient.email AS "recipientEmail",
           tasks.done AS "tasksDone", tasks.total AS "tasksTotal",
           coalesce(milestones.list, '[]'::json) AS milestones, coalesce(goals.list, '[]'::json) AS goals
    FROM "CheckIn" c
    JOIN "Organization" o ON o.id = c."organizationId"
    JOIN "CustomerAccount" a ON a.id = c."customerAccountId"
    LEFT JOIN "Membership" membership ON membership.id = a."csmMembershipId"
    LEFT JOIN "User" csm ON csm.id = membership."userId"
    LEFT JOIN LATERAL (
      SELECT u.id, u.name, u.email FROM "AccountMember" member JOIN "User" u ON u.id = member."userId"
      WHERE member."customerAccountId" = a.id AND u."emailBouncedAt" IS NULL
      ORDER BY member.role, member."createdAt" LIMIT 1
    ) recipient ON true
    CROSS JOIN LATERAL (
      SELECT (count(*) FILTER (WHERE t.status = 'DONE'))::int AS done, (count(*) FILTER (WHERE t.status <> 'SKIPPED'))::int AS total
      FROM "AccountTask" t WHERE t."customerAccountId" = a.id
    ) tasks
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('title', m.title, 'reached', m.reached) ORDER BY m.position) AS list
      FROM (
        SELECT milestone.title, milestone.position,
               milestone."reachedAt" IS NOT NULL OR (count(t.id) > 0 AND count(t.id) FILTER (WHERE t.status = 'OPEN') = 0) AS reached
        FROM "AccountMilestone" milestone
        LEFT JOIN "AccountTask" t ON t."milestoneId" = milestone.id AND t.required
        WHERE milestone."customerAccountId" = a.id
        GROUP BY milestone.id
      ) m
    ) milestones ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('title', g.title, 'unit', g.unit, 'baseline', g.baseline, 'current', g.current, 'target', g.target)
                      ORDER BY g."createdAt") AS list
      FROM "Goal" g WHERE g."customerAccountId" = a.id AND g.status <> 'ABANDONED'
    ) goals ON true
    WHERE c.id = ANY(${checkInIds}::text[])`;
}

export type BuiltCheckInEmail = OutgoingEmail | NoRecipientError | CheckInGoneError;

// One entry per id (in the same order): the email, or why there is none.
// The real count: a check-in that went out late (a quota pause, a worker down) says how long it has been.
const daysSince = (kickoff: Date, now: Date) => Math.floor((now.getTime() - kickoff.getTime()) / 86_400_000);

export async function buildCheckInEmails(checkInIds: string[], now = new Date()): Promise<BuiltCheckInEmail[]> {
  if (checkInIds.length === 0) return [];
  const byId = new Map((await loadCheckIns(checkInIds)).map((row) => [row.id, row]));
  // Every check-in of an organization shows the same branding: computed once per organization.
  const brandings = new Map<string, Branding>();
  return checkInIds.map((checkInId) => {
    const row = byId.get(checkInId);
    if (!row) return new CheckInGoneError(`No check-in with id ${checkInId}`);
    if (!row.recipientId || !row.recipientEmail) {
      return new NoRecipientError("The account has no customer contact with a working email address");
    }
    let branding = brandings.get(row.organizationId);
    if (!branding) {
      branding = brandingFrom({ name: row.organizationName, brandColor: row.brandColor, logoUrl: row.logoUrl });
      brandings.set(row.organizationId, branding);
    }
    return {
      to: row.recipientEmail,
      category: checkInCategory,
      idempotencyKey: `checkin:${row.id}`,
      organizationId: row.organizationId,
      fromName: row.senderName,
      replyTo: row.csmEmail ?? row.replyToEmail,
      ...composeEmail(checkInEmail, {
        branding,
        recipientName: row.recipientName,
        accountName: row.accountName,
        dayOffset: row.dayOffset,
        daysSinceKickoff: Math.max(row.dayOffset, daysSince(row.kickoffDate, now)),
        csmName: row.csmName,
        tasksDone: row.tasksDone,
        tasksTotal: row.tasksTotal,
        milestones: row.milestones,
        goals: row.goals,
        answerUrls: answerUrls(row.id, row.recipientEmail, now),
        unsubscribeUrl: unsubscribePageUrl(row.recipientId, checkInCategory),
      }),
    };
  });
}

export async function buildCheckInEmail(checkInId: string): Promise<OutgoingEmail> {
  const [email] = await buildCheckInEmails([checkInId]);
  if (email instanceof Error) throw email;
  return email!;
}
