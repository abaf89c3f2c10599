// "Was this helpful?": one answer per person and tutorial, which they can change later. Answering is
// customer activity (a health factor), recorded on the timeline and settled before the call returns.
import { z } from "zod";
import { db } from "../../db";
import { notFound } from "../../errors";
import type { CustomerScope } from "../../identity/scope";
import { recordActivity } from "../../platform/activity/record-activity";
import { changeAccount } from "../../success/settle/change-account";

export const tutorialFeedbackInput = z.object({
  tutorialId: z.string().min(1, "Choose a tutorial").max(64),
  helpful: z.boolean({ error: "Say whether it helped" }),
  comment: z.string().trim().max(2000, "Keep the comment under 2,000 characters").optional(),
});

export async function saveTutorialFeedback(scope: CustomerScope, userId: string, input: z.infer<typeof tutorialFeedbackInput>) {
  const tutorial = await db.tutorial.findFirst({
    where: { id: input.tutorialId, organizationId: scope.organizationId, status: "PUBLISHED" },
    select: { id: true },
  });
  if (!tutorial) throw notFound("Tutorial");
  const comment = input.comment ? input.comment : null;
  return changeAccount(scope, async (tx) => {
    const feedback = await tx.tutorialFeedback.upsert({
      where: { tutorialId_userId: { tutorialId: tutorial.id, userId } },
      create: { tutorialId: tutorial.id, customerAccountId: scope.accountId, userId, helpful: input.helpful, comment },
      update: { helpful: input.helpful, comment, customerAccountId: scope.accountId },
      select: { helpful: true, comment: true },
    });
    await recordActivity(
      {
        organizationId: scope.organizationId,
        customerAccountId: scope.accountId,
        actorId: userId,
        actorKind: "CUSTOMER",
        type: "tutorial.feedback",
        subjectType: "Tutorial",
        subjectId: tutorial.id,
        data: { helpful: input.helpful },
      },
      tx,
    );
    return feedback;
  });
}
