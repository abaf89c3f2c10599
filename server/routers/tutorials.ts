// Tutorials: customers read published ones and say whether they helped; CSMs read the library; admins
// and owners write, publish and restore.
import { z } from "zod";
import {
  createTutorial,
  getTutorial,
  listTutorials,
  listTutorialsInput,
  publishTutorial,
  readTutorial,
  restoreTutorialVersion,
  saveTutorialFeedback,
  setTutorialArchived,
  tutorialDraftInput,
  tutorialFeedbackInput,
  tutorialIdInput,
  updateTutorialDraft,
} from "@/server/onboarding";
import { adminProcedure, csmProcedure, customerProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const tutorialsRouter = router({
  read: customerProcedure
    .input(tutorialIdInput)
    .query(({ ctx, input }) => readTutorial(ctx.customer, ctx.user.id, input.tutorialId)),
  feedback: customerProcedure
    .input(tutorialFeedbackInput)
    .mutation(({ ctx, input }) => saveTutorialFeedback(ctx.customer, ctx.user.id, input)),
  list: csmProcedure.input(listTutorialsInput).query(({ ctx, input }) => listTutorials(ctx.staff.organizationId, input)),
  get: csmProcedure.input(tutorialIdInput).query(({ ctx, input }) => getTutorial(ctx.staff.organizationId, input.tutorialId)),
  create: adminProcedure.input(tutorialDraftInput).mutation(async ({ ctx, input }) => {
    const tutorial = await createTutorial(ctx.staff.organizationId, input, ctx.user.id);
    return { id: tutorial.id };
  }),
  update: adminProcedure.input(tutorialIdInput.extend(tutorialDraftInput.shape)).mutation(async ({ ctx, input }) => {
    const { tutorialId, ...draft } = input;
    const tutorial = await updateTutorialDraft(ctx.staff.organizationId, tutorialId, draft, ctx.user.id);
    return { id: tutorial.id, updatedAt: tutorial.updatedAt };
  }),
  publish: adminProcedure.input(tutorialIdInput).mutation(async ({ ctx, input }) => {
    const version = await publishTutorial(ctx.staff.organizationId, input.tutorialId, ctx.user.id);
    return { versionId: version.id, version: version.version };
  }),
  restoreVersion: adminProcedure
    .input(tutorialIdInput.extend({ versionId: z.string().min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      await restoreTutorialVersion(ctx.staff.organizationId, input.tutorialId, input.versionId, ctx.user.id);
      return { restored: true };
    }),
  setArchived: adminProcedure
    .input(tutorialIdInput.extend({ archived: z.boolean() }))
    .mutation(({ ctx, input }) => setTutorialArchived(ctx.staff.organizationId, input.tutorialId, input.archived, ctx.user.id)),
});
