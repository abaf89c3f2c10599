// Staff procedures on one customer account (the account page). staffAccountProcedure proves the account
// belongs to the caller's organization.
import {
  changeKickoffDate,
  getAccountOverview,
  kickoffInput,
  reassignCsm,
  reassignInput,
  setAccountStatus,
  statusInput,
} from "@/server/onboarding";
import { nudgeInput, sendNudge } from "@/server/engagement";
import { addNote, addNoteInput, explainAccountHealth, listNotes, listOpenAlerts } from "@/server/success";
import { listTimeline, timelineInput } from "@/server/platform";
import { staffAccountProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const accountRouter = router({
  overview: staffAccountProcedure.query(({ ctx }) => getAccountOverview(ctx.accountId)),
  reassignCsm: staffAccountProcedure.input(reassignInput).mutation(async ({ ctx, input }) => {
    await reassignCsm(ctx.staff, ctx.accountId, ctx.user.id, input);
    return { ok: true };
  }),
  changeKickoff: staffAccountProcedure.input(kickoffInput).mutation(async ({ ctx, input }) => {
    await changeKickoffDate(ctx.staff, ctx.accountId, ctx.user.id, input);
    return { ok: true };
  }),
  setStatus: staffAccountProcedure.input(statusInput).mutation(async ({ ctx, input }) => {
    await setAccountStatus(ctx.staff, ctx.accountId, ctx.user.id, input);
    return { ok: true };
  }),
  nudge: staffAccountProcedure
    .input(nudgeInput)
    .mutation(({ ctx, input }) => sendNudge(ctx.staff, ctx.accountId, ctx.user, input)),
  timeline: staffAccountProcedure.input(timelineInput).query(({ ctx, input }) => listTimeline(ctx.accountId, input)),
  health: staffAccountProcedure.query(({ ctx }) => explainAccountHealth(ctx.staff, ctx.accountId)),
  alerts: staffAccountProcedure.query(({ ctx }) => listOpenAlerts(ctx.staff, { mine: false, accountId: ctx.accountId })),
  notes: staffAccountProcedure.query(({ ctx }) => listNotes(ctx.accountId)),
  addNote: staffAccountProcedure.input(addNoteInput).mutation(async ({ ctx, input }) => {
    const note = await addNote(ctx.staff, ctx.accountId, ctx.user.id, input);
    return { id: note.id };
  }),
});
