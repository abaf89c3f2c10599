// Appends an event to an account's timeline. The table is append-only (a trigger rejects changes), so
// this is the only way activity is written, except the check-in worker's "checkin.sent" events, which are
// inserted with the rows they finish in one statement (server/engagement/checkins/deliver-check-in.ts).
import type { ActorKind, Prisma } from "../../generated/prisma/client";
import { db } from "../../db";

export type ActivityInput = {
  organizationId: string;
  customerAccountId: string | null;
  actorId: string | null;
  actorKind: ActorKind;
  type: string;
  subjectType?: string;
  subjectId?: string;
  data?: Prisma.InputJsonValue;
};

type Writer = Pick<Prisma.TransactionClient, "activityEvent" | "customerAccount">;

export async function recordActivity(event: ActivityInput, tx: Writer = db): Promise<void> {
  await tx.activityEvent.create({ data: event });
  if (!event.customerAccountId) return;
  // Keep the portfolio's recency columns current so it can sort without scanning the timeline.
  if (event.actorKind === "CUSTOMER") {
    await tx.customerAccount.update({ where: { id: event.customerAccountId }, data: { lastCustomerActivityAt: new Date() } });
  } else if (event.actorKind === "STAFF" && isVendorTouch(event.type)) {
    await tx.customerAccount.update({ where: { id: event.customerAccountId }, data: { lastVendorTouchAt: new Date() } });
  }
}

// A person at the vendor reaching out counts as a touch; clerical changes (reassigning, pausing) do not.
const vendorTouchTypes = new Set(["note.added", "nudge.sent", "help.replied", "call.logged", "meeting.logged", "member.invited"]);
function isVendorTouch(type: string): boolean {
  return vendorTouchTypes.has(type);
}
