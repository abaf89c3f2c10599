// Builds every row of one bench account in memory: its champion, plan, completed work, activity, notes,
// check-ins, goal and help requests. Distributions: kickoff spread over a year, completion proportional to
// age and a per-account pace, some accounts stalled, paused or churned, some neglected by their CSM.
import { planCheckIns } from "../../server/engagement/checkins/schedule-check-ins";
import { companyName, timeZones } from "./content";
import { newId, type Random } from "./random";
import type { Rows } from "./rows";
import { addDays, dayMs } from "@/lib/time";

export type TemplateForSeed = {
  versionId: string;
  milestones: {
    title: string;
    tasks: {
      title: string;
      kind: string;
      owner: string;
      dueOffsetDays: number;
      required: boolean;
      tutorialId: string | null;
      meetingUrl: string | null;
      questionPrompt: string | null;
    }[];
  }[];
};

export type SeedContext = {
  organizationId: string;
  now: Date;
  today: Date;
  csms: { membershipId: string; userId: string }[];
  pickTemplate: (random: number) => TemplateForSeed;
};

export function generateAccount(index: number, context: SeedContext, random: Random, rows: Rows): void {
  const { organizationId, now, today } = context;
  const accountId = newId("acc");
  const championId = newId("usr");
  const csm = context.csms[index % context.csms.length]!;
  const template = context.pickTemplate(random());
  const timezone = timeZones[index % timeZones.length]!;
  // 2% kick off in the next two weeks; the rest over the past year.
  const ageDays = random() < 0.02 ? -Math.floor(random() * 14) : Math.floor(random() * 365);
  const kickoff = addDays(today, -ageDays);
  const createdAt = new Date(Math.min(now.getTime(), kickoff.getTime()) - 3 * dayMs);
  const pace = 0.35 + random() * 1.3; // fraction of the plan's span covered per span
  const stalled = random() < 0.12;
  const stallAfterDays = stalled ? Math.floor(random() * Math.max(1, ageDays - 10)) : Number.POSITIVE_INFINITY;
  const fate = random();
  const status = fate < 0.03 ? "PAUSED" : fate < 0.07 ? "CHURNED" : "ONBOARDING";
  const neglected = random() < 0.1;
  const email = `champion${index + 1}@customer${index + 1}.bench.test`;

  rows.User.push([championId, email, `Champion ${index + 1}`, createdAt, createdAt, createdAt]);
  rows.AccountMember.push([newId("mem"), organizationId, accountId, championId, "CHAMPION", createdAt]);

  let total = 0;
  let done = 0;
  let lastCustomerActivity: Date | null = null;
  for (const [milestoneIndex, milestone] of template.milestones.entries()) {
    const milestoneId = newId("mil");
    let reachedAt: Date | null = new Date(0);
    for (const [taskIndex, task] of milestone.tasks.entries()) {
      const taskId = newId("tsk");
      total++;
      // When this account would finish the task at its pace (with some jitter), if not stalled before.
      const finishDay = task.dueOffsetDays / pace + random() * 4 - 1;
      const completedAt = new Date(kickoff.getTime() + Math.max(0.1, finishDay) * dayMs + random() * 8 * 3_600_000);
      // Churned accounts gave up after the first third of their life.
      const isDone = completedAt < now && finishDay < stallAfterDays && (status !== "CHURNED" || finishDay < ageDays / 3);
      const completedBy = task.owner === "VENDOR" ? csm.userId : championId;
      rows.AccountTask.push([
        taskId,
        organizationId,
        accountId,
        milestoneId,
        task.title,
        task.kind,
        task.owner,
        task.required,
        taskIndex,
        task.dueOffsetDays,
        addDays(kickoff, task.dueOffsetDays),
        task.tutorialId,
        task.meetingUrl,
        task.questionPrompt,
        isDone && task.kind === "QUESTION" ? "Cut weekly reporting from five hours to one." : null,
        isDone ? "DONE" : "OPEN",
        isDone ? completedBy : null,
        isDone ? completedAt : null,
        createdAt,
        isDone ? completedAt : createdAt,
      ]);
      if (isDone) {
        done++;
        if (reachedAt && completedAt > reachedAt) reachedAt = completedAt;
        const actorKind = task.owner === "VENDOR" ? "STAFF" : "CUSTOMER";
        if (actorKind === "CUSTOMER" && (!lastCustomerActivity || completedAt > lastCustomerActivity))
          lastCustomerActivity = completedAt;
        if (task.kind === "TUTORIAL") {
          const viewedAt = new Date(completedAt.getTime() - 20 * 60_000);
          rows.ActivityEvent.push([
            newId("evt"),
            organizationId,
            accountId,
            championId,
            "CUSTOMER",
            "tutorial.viewed",
            "Tutorial",
            task.tutorialId,
            JSON.stringify({ title: task.title }),
            viewedAt,
          ]);
        }
        rows.ActivityEvent.push([
          newId("evt"),
          organizationId,
          accountId,
          completedBy,
          actorKind,
          "task.completed",
          "AccountTask",
          taskId,
          JSON.stringify({ title: task.title }),
          completedAt,
        ]);
      } else {
        reachedAt = null;
      }
    }
    rows.AccountMilestone.push([milestoneId, organizationId, accountId, milestone.title, milestoneIndex, reachedAt]);
  }
  const progressPercent = Math.round((done / total) * 100);
  const accountStatus = status === "ONBOARDING" && progressPercent === 100 && ageDays > 90 ? "LIVE" : status;

  // The CSM logs a call or note every couple of weeks, less often for neglected accounts.
  let lastVendorTouch: Date | null = null;
  const touchEvery = neglected ? 45 : 10 + random() * 14;
  for (let day = 1 + random() * touchEvery; day < ageDays && day < 365; day += touchEvery) {
    const at = new Date(kickoff.getTime() + day * dayMs + 10 * 3_600_000);
    const noteId = newId("not");
    rows.Note.push([
      noteId,
      organizationId,
      accountId,
      csm.userId,
      day < 5 ? "MEETING" : "CALL",
      "Weekly sync: reviewed progress and next steps.",
      at,
    ]);
    rows.ActivityEvent.push([
      newId("evt"),
      organizationId,
      accountId,
      csm.userId,
      "STAFF",
      "note.added",
      "Note",
      noteId,
      null,
      at,
    ]);
    lastVendorTouch = at;
  }

  // Check-ins at 30/60/90 days: past ones were sent and mostly answered; answers follow the pace.
  for (const plan of planCheckIns(kickoff, [30, 60, 90], 9, timezone)) {
    const past = plan.scheduledFor < now;
    const answered = past && random() < 0.8 && accountStatus !== "CHURNED";
    const answer = !answered
      ? null
      : stalled && plan.dayOffset > stallAfterDays
        ? "OFF_TRACK"
        : pace < 0.7
          ? "SOME_CONCERNS"
          : "ON_TRACK";
    const answeredAt = answered ? new Date(plan.scheduledFor.getTime() + (2 + random() * 40) * 3_600_000) : null;
    const checkInStatus = answered ? "ANSWERED" : past ? "SENT" : accountStatus === "CHURNED" ? "CANCELLED" : "SCHEDULED";
    rows.CheckIn.push([
      newId("chk"),
      organizationId,
      accountId,
      plan.dayOffset,
      plan.scheduledFor,
      checkInStatus,
      past ? plan.scheduledFor : null,
      answer,
      answeredAt,
      answered ? email : null,
      createdAt,
      answeredAt ?? createdAt,
    ]);
    if (answeredAt && answeredAt < now) {
      rows.ActivityEvent.push([
        newId("evt"),
        organizationId,
        accountId,
        championId,
        "CUSTOMER",
        "checkin.answered",
        "CheckIn",
        null,
        JSON.stringify({ answer }),
        answeredAt,
      ]);
    }
  }

  if (random() < 0.5 && ageDays > 0) {
    const goalId = newId("gol");
    const current = 5 - 4 * (progressPercent / 100);
    rows.Goal.push([
      goalId,
      organizationId,
      accountId,
      "Cut weekly report preparation",
      "Hours a week spent preparing reports",
      "hours",
      5,
      1,
      current,
      addDays(kickoff, 120),
      progressPercent === 100 ? "ACHIEVED" : "ACTIVE",
      championId,
      addDays(kickoff, 3),
      now,
    ]);
    for (let update = 1; update <= 2 && lastCustomerActivity; update++) {
      const at = new Date(kickoff.getTime() + ((lastCustomerActivity.getTime() - kickoff.getTime()) * update) / 2);
      rows.GoalUpdate.push([newId("gup"), goalId, 5 - ((5 - current) * update) / 2, championId, at]);
      rows.ActivityEvent.push([
        newId("evt"),
        organizationId,
        accountId,
        championId,
        "CUSTOMER",
        "goal.updated",
        "Goal",
        goalId,
        null,
        at,
      ]);
    }
  }

  // A few accounts wait for help right now; more asked earlier and were answered.
  if (random() < 0.08 && ageDays > 3) {
    const open = random() < 0.5;
    const askedAt = open ? new Date(now.getTime() - random() * 72 * 3_600_000) : addDays(kickoff, Math.floor(random() * ageDays));
    rows.HelpRequest.push([
      newId("hlp"),
      organizationId,
      accountId,
      null,
      championId,
      "We are stuck connecting our warehouse.",
      open ? "OPEN" : "RESOLVED",
      open ? null : new Date(askedAt.getTime() + 3_600_000),
      open ? null : new Date(askedAt.getTime() + dayMs),
      askedAt,
      askedAt,
    ]);
  }

  rows.CustomerAccount.push([
    accountId,
    organizationId,
    companyName(index),
    csm.membershipId,
    template.versionId,
    kickoff,
    timezone,
    accountStatus,
    progressPercent,
    lastCustomerActivity,
    lastVendorTouch,
    createdAt,
    now,
  ]);
}
