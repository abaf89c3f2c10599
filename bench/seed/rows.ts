// Column lists of the tables the seed fills, in the order generate-account.ts builds its rows.
import type { Column } from "../lib/database";

export const tables = {
  User: [["id", "text"], ["email", "text"], ["name", "text"], ["emailVerified", "timestamp"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"]],
  CustomerAccount: [
    ["id", "text"], ["organizationId", "text"], ["name", "text"], ["csmMembershipId", "text"], ["templateVersionId", "text"],
    ["kickoffDate", "date"], ["timezone", "text"], ["status", "AccountStatus"], ["progressPercent", "int"],
    ["lastCustomerActivityAt", "timestamp"], ["lastVendorTouchAt", "timestamp"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
  ],
  AccountMember: [["id", "text"], ["organizationId", "text"], ["customerAccountId", "text"], ["userId", "text"], ["role", "AccountRole"], ["createdAt", "timestamp"]],
  AccountMilestone: [["id", "text"], ["organizationId", "text"], ["customerAccountId", "text"], ["title", "text"], ["position", "int"], ["reachedAt", "timestamp"]],
  AccountTask: [
    ["id", "text"], ["organizationId", "text"], ["customerAccountId", "text"], ["milestoneId", "text"], ["title", "text"],
    ["kind", "TaskKind"], ["owner", "TaskOwner"], ["required", "bool"], ["position", "int"], ["dueOffsetDays", "int"],
    ["dueDate", "date"], ["tutorialId", "text"], ["meetingUrl", "text"], ["questionPrompt", "text"], ["answer", "text"],
    ["status", "TaskStatus"], ["completedById", "text"], ["completedAt", "timestamp"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
  ],
  ActivityEvent: [
    ["id", "text"], ["organizationId", "text"], ["customerAccountId", "text"], ["actorId", "text"], ["actorKind", "ActorKind"],
    ["type", "text"], ["subjectType", "text"], ["subjectId", "text"], ["data", "jsonb"], ["createdAt", "timestamp"],
  ],
  CheckIn: [
    ["id", "text"], ["organizationId", "text"], ["customerAccountId", "text"], ["dayOffset", "int"], ["scheduledFor", "timestamp"],
    ["status", "CheckInStatus"], ["sentAt", "timestamp"], ["answer", "CheckInAnswer"], ["answeredAt", "timestamp"],
    ["answeredByEmail", "text"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
  ],
  Goal: [
    ["id", "text"], ["organizationId", "text"], ["customerAccountId", "text"], ["title", "text"], ["metric", "text"], ["unit", "text"],
    ["baseline", "float8"], ["target", "float8"], ["current", "float8"], ["targetDate", "date"], ["status", "GoalStatus"],
    ["createdById", "text"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
  ],
  GoalUpdate: [["id", "text"], ["goalId", "text"], ["value", "float8"], ["userId", "text"], ["createdAt", "timestamp"]],
  HelpRequest: [
    ["id", "text"], ["organizationId", "text"], ["customerAccountId", "text"], ["taskId", "text"], ["requesterId", "text"],
    ["message", "text"], ["status", "HelpStatus"], ["firstResponseAt", "timestamp"], ["resolvedAt", "timestamp"],
    ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
  ],
  Note: [["id", "text"], ["organizationId", "text"], ["customerAccountId", "text"], ["authorId", "text"], ["kind", "NoteKind"], ["body", "text"], ["createdAt", "timestamp"]],
} as const satisfies Record<string, readonly Column[]>;

export type TableName = keyof typeof tables;
// Parents first, so foreign keys hold at every batch.
export const insertOrder: TableName[] = ["User", "CustomerAccount", "AccountMember", "AccountMilestone", "AccountTask", "ActivityEvent", "CheckIn", "Goal", "GoalUpdate", "HelpRequest", "Note"];

export type Rows = Record<TableName, unknown[][]>;

export function emptyRows(): Rows {
  return Object.fromEntries(insertOrder.map((name) => [name, []])) as unknown as Rows;
}
