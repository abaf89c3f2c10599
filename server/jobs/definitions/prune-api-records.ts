// Hourly: forget expired Idempotency-Key records and old rate-limit windows.
import { z } from "zod";
import { pruneApiRecords } from "@/server/integrations";
import { defineJob } from "../job-definition";

export const pruneApiRecordsJob = defineJob({
  name: "api-records.prune",
  payload: z.object({}).passthrough(),
  cron: "40 * * * *",
  handler: async (_payload, { now }) => {
    await pruneApiRecords(now);
  },
});
