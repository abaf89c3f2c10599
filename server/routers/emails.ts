import { z } from "zod";
import {
  describeUnsubscribe,
  emailLogInput,
  listEmailLog,
  listTemplates,
  previewTemplate,
  unsubscribe,
  unsubscribeInput,
} from "@/server/engagement";
import { getSendStatus } from "@/server/engagement";
import { adminProcedure, publicProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const emailsRouter = router({
  templates: adminProcedure.query(() => listTemplates()),
  preview: adminProcedure
    .input(z.object({ name: z.string().min(1, "Choose a template").max(64) }))
    .query(({ ctx, input }) => previewTemplate(ctx.staff.organizationId, input.name)),
  log: adminProcedure.input(emailLogInput).query(({ ctx, input }) => listEmailLog(ctx.staff.organizationId, input.status)),
  sendStatus: adminProcedure.query(({ ctx }) => getSendStatus(ctx.staff.organizationId)),
  // From the unsubscribe link in an email, without signing in.
  describeUnsubscribe: publicProcedure
    .input(unsubscribeInput.pick({ token: true }))
    .query(({ input }) => describeUnsubscribe(input.token)),
  unsubscribe: publicProcedure.input(unsubscribeInput).mutation(({ input }) => unsubscribe(input.token, input.scope)),
});
