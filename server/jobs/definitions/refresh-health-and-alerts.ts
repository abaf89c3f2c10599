// Hourly: recency factors decay with time, so health scores and alert conditions are recomputed for every
// organization even when nothing happened.
import { z } from "zod";
import { db } from "../../db";
import { refreshAlerts, refreshHealthScores } from "@/server/success";
import { defineJob } from "../job-definition";
import { logger } from "@/server/platform";

export const refreshHealthAndAlertsJob = defineJob({
  name: "health.refresh",
  payload: z.object({}).passthrough(),
  cron: "5 * * * *",
  handler: async (_payload, { now }) => {
    const organizations = await db.organization.findMany({ select: { id: true } });
    const total = { raised: 0, resolved: 0 };
    for (const organization of organizations) {
      await refreshHealthScores(organization.id, null, now);
      const { raised, resolved } = await refreshAlerts(organization.id, now);
      if (raised || resolved) logger().info({ organizationId: organization.id, raised, resolved }, "alerts refreshed");
      total.raised += raised;
      total.resolved += resolved;
    }
    return `health of ${organizations.length} organization(s) refreshed, ${total.raised} alert(s) raised, ${total.resolved} resolved`;
  },
});
