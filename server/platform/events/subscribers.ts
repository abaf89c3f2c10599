// Every subscriber to domain events, in one list (each module exports its own). Delivery progress is
// stored per subscriber name; a subscriber added here receives the events recorded from its first
// delivery run on (not the outbox's history).
import { slackSubscriber, webhookSubscriber } from "@/server/integrations";
import type { Subscriber } from "./define-subscriber";

export const subscribers: readonly Subscriber[] = [webhookSubscriber, slackSubscriber];
