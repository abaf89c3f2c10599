// Staff procedures on one customer account (the account page). staffAccountProcedure proves the account
// belongs to the caller's organization.
import { getAccountOverview } from "../onboarding/accounts/get-account-overview";
import {
  changeKickoffDate,
  kickoffInput,
  reassignCsm,
  reassignInput,
  setAccountStatus,
  statusInput,
} from "../onboarding/accounts/manage-account";
import { nudgeInput, sendNudge } from "../engagement/nudges/send-nudge";
import { explainAccountHealth } from "../success/health/explain-account-health";
import { addNote, addNoteInput, listNotes } from "../success/notes/add-note";
import { listTimeline, timelineInput } from "../platform/timeline/list-timeline";
import { listOpenAlerts } from "../success/alerts/list-alerts";
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
