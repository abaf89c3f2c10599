// Every minute, whenever a worker starts and whenever a change records domain events (woken after its
// commit): hand undelivered outbox events to their subscribers. Any number of workers is safe: streams are
// claimed with leases (see platform/events/deliver-events).
import { z } from "zod";
import { deliverEvents } from "@/server/platform";
import { eventSubscribers } from "../event-subscribers";
import { defineJob } from "../job-definition";

export const deliverEventsJob = defineJob({
  name: "events.deliver",
  payload: z.object({}).passthrough(),
  cron: "* * * * *",
  runOnStart: true,
  policy: "short",
  handler: async () => {
    const { delivered, failed } = await deliverEvents({ subscribers: eventSubscribers });
    if (failed) console.info(`[events] delivered ${delivered}, ${failed} failed (retried with backoff)`);
    return `${delivered} event delivery(ies), ${failed} failed`;
  },
});
