import { readTutorial, tutorialIdInput } from "../services/tutorials/read-tutorial";
import { saveTutorialFeedback, tutorialFeedbackInput } from "../services/tutorials/save-tutorial-feedback";
import { customerProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const tutorialsRouter = router({
  read: customerProcedure
    .input(tutorialIdInput)
    .query(({ ctx, input }) => readTutorial(ctx.customer, ctx.user.id, input.tutorialId)),
  feedback: customerProcedure
    .input(tutorialFeedbackInput)
    .mutation(({ ctx, input }) => saveTutorialFeedback(ctx.customer, ctx.user.id, input)),
});
