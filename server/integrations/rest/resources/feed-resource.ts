// Alerts and the activity feed for the REST API, both paginated by an opaque (createdAt, id) cursor so a
// sync job can ask "what happened since my last call" without missing rows created in the same millisecond.
import { z } from "zod";
import { db } from "../../../db";
import type { StaffScope } from "../../../identity/scope";
import { describeAlert } from "../../../../lib/alerts/describe-alert";
import { isoOrNull } from "./present";

const cursorSchema = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    try {
      const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [string, string];
      const date = new Date(at);
      if (typeof id !== "string" || Number.isNaN(date.getTime())) throw new Error("bad cursor");
      return { at: date, id };
    } catch {
      ctx.addIssue({ code: "custom", message: "Pass a cursor this API returned" });
      return z.NEVER;
    }
  });

const encodeCursor = (row: { createdAt: Date; id: string }) =>
  Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");

const after = (cursor: { at: Date; id: string } | undefined) =>
  cursor ? { OR: [{ createdAt: { gt: cursor.at } }, { createdAt: cursor.at, id: { gt: cursor.id } }] } : {};

export const listAlertsQuery = z.object({
  accountId: z.string().min(1).max(64).optional(),
  state: z.enum(["open", "resolved", "all"]).default("open"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorSchema.optional(),
});

export async function listAlertsPage(staff: StaffScope, query: z.infer<typeof listAlertsQuery>) {
  const rows = await db.alert.findMany({
    where: {
      organizationId: staff.organizationId,
      ...(query.accountId ? { customerAccountId: query.accountId } : {}),
      ...(query.state === "open" ? { resolvedAt: null } : query.state === "resolved" ? { resolvedAt: { not: null } } : {}),
      ...after(query.cursor),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    select: { id: true, customerAccountId: true, kind: true, data: true, createdAt: true, resolvedAt: true },
  });
  const page = rows.slice(0, query.limit);
  return {
    data: page.map(({ customerAccountId, data, ...alert }) => ({
      ...alert,
      reason: describeAlert({ kind: alert.kind, data }),
      accountId: customerAccountId,
      createdAt: alert.createdAt.toISOString(),
      resolvedAt: isoOrNull(alert.resolvedAt),
    })),
    nextCursor: page.length
      ? encodeCursor(page.at(-1)!)
      : query.cursor
        ? encodeCursor({ createdAt: query.cursor.at, id: query.cursor.id })
        : null,
  };
}

export const listActivityQuery = z.object({
  accountId: z.string().min(1).max(64).optional(),
  type: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: cursorSchema.optional(),
});

export async function listActivityPage(staff: StaffScope, query: z.infer<typeof listActivityQuery>) {
  const rows = await db.activityEvent.findMany({
    where: {
      organizationId: staff.organizationId,
      ...(query.accountId ? { customerAccountId: query.accountId } : {}),
      ...(query.type ? { type: query.type } : {}),
      ...after(query.cursor),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: query.limit,
    select: { id: true, customerAccountId: true, type: true, actorKind: true, data: true, createdAt: true },
  });
  return {
    data: rows.map(({ customerAccountId, ...event }) => ({
      ...event,
      accountId: customerAccountId,
      createdAt: event.createdAt.toISOString(),
    })),
    // Always a cursor to poll from: the last row seen, or the one passed in when nothing is new.
    nextCursor: rows.length
      ? encodeCursor(rows.at(-1)!)
      : query.cursor
        ? encodeCursor({ createdAt: query.cursor.at, id: query.cursor.id })
        : null,
  };
}
