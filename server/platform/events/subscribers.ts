// Every subscriber to domain events, in one list (each module exports its own). Delivery progress is
// stored per subscriber name, so a subscriber added here receives the events recorded from then on and
// those already in the outbox.
import { slackSubscriber } from "../../integrations/slack/slack-subscriber";
import { webhookSubscriber } from "../../integrations/webhooks/webhook-subscriber";
import type { Subscriber } from "./define-subscriber";

export const subscribers: readonly Subscriber[] = [webhookSubscriber, slackSubscriber];
