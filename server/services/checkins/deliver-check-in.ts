// Sends one claimed (SENDING) check-in through the one send path and records the outcome on the row.
// The email's idempotency key is `checkin:<id>`, so sending again after a crash is harmless.
import { db } from "../../db";
import { sendEmail } from "../../email/send-email";
import { recordActivity } from "../activity/record-activity";
import { buildCheckInEmail, NoRecipientError } from "./build-check-in-email";

export type DeliveryResult = { checkInId: string; outcome: "SENT" | "FAILED" | "SKIPPED"; to?: string; error?: string };

export async function deliverCheckIn(checkInId: string): Promise<DeliveryResult> {
  let email;
  try {
    email = await buildCheckInEmail(checkInId);
  } catch (error) {
    if (!(error instanceof NoRecipientError)) throw error;
    await finish(checkInId, { status: "FAILED", lastError: error.message });
    return { checkInId, outcome: "FAILED", error: error.message };
  }
  const result = await sendEmail(email);
  if (result.status === "SENT" || result.status === "ALREADY_SENT") {
    const updated = await finish(checkInId, { status: "SENT", sentAt: new Date(), lastError: null });
    if (updated) {
      const row = await db.checkIn.findUniqueOrThrow({ where: { id: checkInId } });
      await recordActivity({
        organizationId: row.organizationId,
        customerAccountId: row.customerAccountId,
        actorId: null,
        actorKind: "SYSTEM",
        type: "checkin.sent",
        subjectType: "CheckIn",
        subjectId: row.id,
        data: { dayOffset: row.dayOffset, to: email.to },
      });
    }
    return { checkInId, outcome: "SENT", to: email.to };
  }
  if (result.status === "SUPPRESSED") {
    await finish(checkInId, { status: "SKIPPED", lastError: result.error ?? "Suppressed" });
    return { checkInId, outcome: "SKIPPED", to: email.to, error: result.error };
  }
  await finish(checkInId, { status: "FAILED", lastError: result.error ?? "Sending failed" });
  return { checkInId, outcome: "FAILED", to: email.to, error: result.error };
}

// Only a row this worker still holds (SENDING) is finished: if staff skipped it meanwhile, that wins.
async function finish(
  checkInId: string,
  data: { status: "SENT" | "FAILED" | "SKIPPED"; lastError: string | null; sentAt?: Date },
): Promise<boolean> {
  const { count } = await db.checkIn.updateMany({ where: { id: checkInId, status: "SENDING" }, data });
  return count === 1;
}
