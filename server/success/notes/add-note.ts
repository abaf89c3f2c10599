// A note, call or meeting logged by staff. Each one is a vendor touch on the account's timeline.
import { z } from "zod";
import { db } from "../../db";
import type { ProvenAccountId, StaffScope } from "../../identity/scope";
import { recordActivity } from "../../platform/activity/record-activity";
import { changeAccount } from "../settle/change-account";

export const addNoteInput = z.object({
  kind: z.enum(["NOTE", "CALL", "MEETING"]).default("NOTE"),
  body: z.string().trim().min(1, "Write something first").max(10_000, "Notes are limited to 10,000 characters"),
});

const activityTypes = { NOTE: "note.added", CALL: "call.logged", MEETING: "meeting.logged" } as const;

export async function addNote(
  scope: StaffScope,
  accountId: ProvenAccountId,
  authorId: string,
  input: z.infer<typeof addNoteInput>,
) {
  // A note or call is a vendor touch (a health factor and the "neglected" alert): it settles before returning.
  return changeAccount({ organizationId: scope.organizationId, accountId }, async (tx) => {
    const created = await tx.note.create({
      data: { organizationId: scope.organizationId, customerAccountId: accountId, authorId, kind: input.kind, body: input.body },
    });
    await recordActivity(
      {
        organizationId: scope.organizationId,
        customerAccountId: accountId,
        actorId: authorId,
        actorKind: "STAFF",
        type: activityTypes[input.kind],
        subjectType: "Note",
        subjectId: created.id,
        data: { preview: input.body.slice(0, 140) },
      },
      tx,
    );
    return created;
  });
}

export async function listNotes(accountId: ProvenAccountId) {
  return db.note.findMany({
    where: { customerAccountId: accountId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, kind: true, body: true, createdAt: true, author: { select: { name: true, email: true } } },
  });
}
