// Every subscriber to domain events, in one list (each module exports its own). It lives with the jobs, not
// in platform/events, because platform sits below every module: the list imports the modules that subscribe.
// Delivery progress is stored per subscriber name; a subscriber added here receives the events recorded from
// its first delivery run on (not the outbox's history).
import { slackSubscriber, webhookSubscriber } from "@/server/integrations";
import type { Subscriber } from "@/server/platform";

export const eventSubscribers: readonly Subscriber[] = [webhookSubscriber, slackSubscriber];
