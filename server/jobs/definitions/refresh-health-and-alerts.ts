// Hourly: recency factors decay with time, so health scores and alert conditions are recomputed for every
// organization even when nothing happened.
import { z } from "zod";
import { db } from "../../db";
import { refreshAlerts } from "../../success/alerts/refresh-alerts";
import { refreshHealthScores } from "../../success/health/refresh-health-scores";
import { defineJob } from "../job-definition";
import { logger } from "../../platform/logging/logger";

export const refreshHealthAndAlertsJob = defineJob({
  name: "health.refresh",
  payload: z.object({}).passthrough(),
  cron: "5 * * * *",
  handler: async (_payload, { now }) => {
    const organizations = await db.organization.findMany({ select: { id: true } });
    for (const organization of organizations) {
      await refreshHealthScores(organization.id, null, now);
      const { raised, resolved } = await refreshAlerts(organization.id, now);
      if (raised || resolved) logger().info({ organizationId: organization.id, raised, resolved }, "alerts refreshed");
    }
  },
});
