// Schemas of what the REST API answers, used by the OpenAPI document (requests reuse the services' own
// input schemas). No Prisma imports here.
import { z } from "zod";

export const idSchema = z.string().min(1).max(64);
export const accountParams = z.object({ accountId: idSchema });

export const accountSchema = z
  .object({
    id: z.string(),
    externalId: z.string().nullable(),
    name: z.string(),
    status: z.enum(["ONBOARDING", "LIVE", "PAUSED", "CHURNED"]),
    kickoffDate: z.string().describe("YYYY-MM-DD"),
    timezone: z.string(),
    progressPercent: z.int(),
    healthScore: z.int().nullable(),
    csmMembershipId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Account" });

export const accountDetailSchema = accountSchema
  .extend({
    scheduleStatus: z.enum(["on_track", "behind", "stuck", "complete"]),
    overdueTasks: z.int(),
    health: z
      .object({
        score: z.number(),
        summary: z.string(),
        factors: z.array(z.object({ key: z.string(), score: z.number(), weight: z.number() }).loose()),
      })
      .loose()
      .nullable(),
  })
  .meta({ id: "AccountDetail" });

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page") });

export const taskSchema = z
  .object({
    id: z.string(),
    milestone: z.object({ id: z.string(), title: z.string(), reachedAt: z.string().nullable() }),
    title: z.string(),
    kind: z.string(),
    owner: z.enum(["CUSTOMER", "VENDOR"]),
    required: z.boolean(),
    status: z.enum(["OPEN", "DONE", "SKIPPED"]),
    dueDate: z.string(),
    completedAt: z.string().nullable(),
    answer: z.string().nullable(),
  })
  .meta({ id: "Task" });

export const personSchema = z
  .object({ id: z.string(), role: z.enum(["CHAMPION", "MEMBER"]), name: z.string().nullable(), email: z.string() })
  .meta({ id: "Person" });

export const invitationSchema = z
  .object({ id: z.string(), email: z.string(), role: z.string(), expiresAt: z.string() })
  .meta({ id: "Invitation" });

export const goalSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    metric: z.string(),
    baseline: z.number(),
    target: z.number(),
    current: z.number().nullable(),
    status: z.string(),
    targetDate: z.string().nullable(),
  })
  .meta({ id: "Goal" });

export const checkInSchema = z
  .object({
    id: z.string(),
    dayOffset: z.int(),
    scheduledFor: z.string(),
    status: z.string(),
    sentAt: z.string().nullable(),
    answer: z.string().nullable(),
    answeredAt: z.string().nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: "CheckIn" });

export const alertSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    kind: z.string(),
    reason: z.string(),
    createdAt: z.string(),
    resolvedAt: z.string().nullable(),
  })
  .meta({ id: "Alert" });

export const activitySchema = z
  .object({
    id: z.string(),
    accountId: z.string().nullable(),
    type: z.string(),
    actorKind: z.string(),
    data: z.unknown(),
    createdAt: z.string(),
  })
  .meta({ id: "Activity" });
