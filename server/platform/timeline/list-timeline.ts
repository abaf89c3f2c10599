// An account's timeline, newest first, filterable by kind of event, paged by cursor.
import { z } from "zod";
import { db } from "../../db";
import type { ProvenAccountId } from "../../identity/scope";

const timelineFilters = {
  all: null,
  tasks: ["task.completed", "task.reopened", "task.answered", "milestone.reached", "milestone.unreached"],
  goals: ["goal.created", "goal.updated"],
  checkIns: ["checkin.sent", "checkin.answered", "checkin.commented", "checkin.skipped"],
  help: ["help.requested", "help.replied", "help.resolved"],
  vendor: [
    "note.added",
    "call.logged",
    "meeting.logged",
    "nudge.sent",
    "account.reassigned",
    "account.kickoff-changed",
    "account.paused",
    "account.resumed",
    "account.churned",
  ],
  people: ["member.invited", "member.joined", "tutorial.viewed"],
} as const;

export const timelineInput = z.object({
  filter: z
    .enum(Object.keys(timelineFilters) as [keyof typeof timelineFilters, ...(keyof typeof timelineFilters)[]])
    .default("all"),
  cursor: z.string().max(64).nullish(),
  limit: z.number().int().min(1).max(100).default(30),
});

export async function listTimeline(accountId: ProvenAccountId, input: z.infer<typeof timelineInput>) {
  const types = timelineFilters[input.filter];
  const events = await db.activityEvent.findMany({
    where: { customerAccountId: accountId, ...(types ? { type: { in: [...types] } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      type: true,
      actorKind: true,
      data: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const hasMore = events.length > input.limit;
  const page = hasMore ? events.slice(0, input.limit) : events;
  return { events: page, nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null };
}
