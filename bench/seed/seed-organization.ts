// Seeds one realistic vendor organization for the benchmarks: staff, tutorials, three published templates,
// then accounts in chunks (every table written with multi-row INSERTs), then health scores and alerts
// through the app's own services, exactly as production computes them.
import type pg from "pg";
import { db } from "../../server/db";
import { refreshAlerts } from "../../server/success/alerts/refresh-alerts";
import { refreshHealthScores } from "../../server/success/health/refresh-health-scores";
import { publishTemplateVersion } from "../../server/onboarding/templates/publish-template-version";
import { proveOrganization } from "../../server/identity/scope";
import { inTransaction, insertRows } from "../lib/database";
import { createProgressBar } from "../lib/progress-bar";
import { benchOrganizationSlug, benchOwnerEmail, csmCount, templateSpecs, templateTasks, tutorialTitles } from "./content";
import { generateAccount, type SeedContext, type TemplateForSeed } from "./generate-account";
import { seededRandom } from "./random";
import { emptyRows, insertOrder, tables } from "./rows";
import { todayIn } from "@/lib/time";

const chunkSize = 250;

async function seedStaffAndContent(now: Date) {
  const organization = await db.organization.create({
    data: { name: "Bench Analytics", slug: benchOrganizationSlug, senderName: "Bench Customer Success" },
  });
  const organizationId = proveOrganization(organization.id);
  const owner = await db.user.create({ data: { email: benchOwnerEmail, name: "Olive Owner", emailVerified: now } });
  await db.membership.create({ data: { organizationId, userId: owner.id, role: "OWNER" } });
  const csms: SeedContext["csms"] = [];
  for (let index = 1; index <= csmCount; index++) {
    const user = await db.user.create({
      data: { email: `csm${index}@bench.onward.test`, name: `CSM ${index}`, emailVerified: now },
    });
    const membership = await db.membership.create({ data: { organizationId, userId: user.id, role: "CSM" } });
    csms.push({ membershipId: membership.id, userId: user.id });
  }
  const tutorialIds: string[] = [];
  for (const title of tutorialTitles) {
    const body = `# ${title}\n\nA short walkthrough with the steps and **why they matter**.`;
    const tutorial = await db.tutorial.create({
      data: {
        organizationId,
        title,
        bodyMarkdown: body,
        status: "PUBLISHED",
        createdById: owner.id,
        versions: { create: { version: 1, title, bodyMarkdown: body, estimatedMinutes: 5, authorId: owner.id } },
      },
    });
    tutorialIds.push(tutorial.id);
  }
  const templates: { weight: number; seed: TemplateForSeed }[] = [];
  for (const spec of templateSpecs) {
    const milestones = templateTasks(spec, tutorialIds);
    const template = await db.checklistTemplate.create({
      data: {
        organizationId,
        name: spec.name,
        milestones: {
          create: milestones.map((milestone, milestoneIndex) => ({
            title: milestone.title,
            position: milestoneIndex,
            tasks: { create: milestone.tasks.map((task, taskIndex) => ({ ...task, position: taskIndex })) },
          })),
        },
      },
    });
    await publishTemplateVersion(organizationId, template.id, owner.id);
    const version = await db.templateVersion.findFirstOrThrow({
      where: { templateId: template.id },
      orderBy: { version: "desc" },
    });
    templates.push({ weight: spec.weight, seed: { versionId: version.id, milestones } });
  }
  const pickTemplate = (random: number) => {
    let cumulative = 0;
    for (const template of templates) {
      cumulative += template.weight;
      if (random < cumulative) return template.seed;
    }
    return templates.at(-1)!.seed;
  };
  return { organizationId, csms, pickTemplate };
}

export async function seedBenchOrganization(pool: pg.Pool, accountCount: number, now = new Date()) {
  const started = Date.now();
  const base = await seedStaffAndContent(now);
  const context: SeedContext = { ...base, now, today: todayIn("UTC", now) };
  const random = seededRandom(20_261_124);
  const counts = Object.fromEntries(insertOrder.map((name) => [name, 0])) as Record<string, number>;
  const bar = createProgressBar("Seeding accounts", accountCount, "accounts");
  for (let start = 0; start < accountCount; start += chunkSize) {
    const rows = emptyRows();
    const end = Math.min(accountCount, start + chunkSize);
    for (let index = start; index < end; index++) generateAccount(index, context, random, rows);
    await inTransaction(pool, async (client) => {
      for (const name of insertOrder) await insertRows(client, name, tables[name], rows[name]);
    });
    for (const name of insertOrder) counts[name]! += rows[name].length;
    bar.tick(end - start, `${counts.AccountTask!.toLocaleString("en-US")} tasks`);
  }
  bar.done();
  process.stderr.write("Computing health scores and alerts with the app's services…\n");
  await pool.query("ANALYZE");
  const scored = await refreshHealthScores(base.organizationId, null, now);
  const alerts = await refreshAlerts(base.organizationId, now);
  // What autovacuum would do soon after a bulk load: planner statistics and the visibility map
  // (index-only scans), so the first bench run measures a settled database.
  await pool.query("VACUUM ANALYZE");
  return {
    organizationId: base.organizationId,
    counts,
    scored,
    alertsRaised: alerts.raised,
    seconds: (Date.now() - started) / 1000,
  };
}
