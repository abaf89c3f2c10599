// A subscriber reacts to domain events. It is handled at least once, in order per account, so it must be
// idempotent by event.id. Its name is stored with its delivery progress: renaming one starts it over.
import type { DeliveredEvent, DomainEventType } from "./event-types";

export type Subscriber = {
  name: string;
  eventTypes: readonly DomainEventType[] | "*";
  handle: (event: DeliveredEvent) => Promise<void>;
};

export function defineSubscriber(subscriber: Subscriber): Subscriber {
  if (!/^[a-z0-9][a-z0-9.-]{0,63}$/.test(subscriber.name)) {
    throw new Error(`Subscriber name "${subscriber.name}" must be lowercase letters, digits, dots and dashes`);
  }
  return subscriber;
}

export function subscribesTo(subscriber: Subscriber, type: string): boolean {
  return subscriber.eventTypes === "*" || (subscriber.eventTypes as readonly string[]).includes(type);
}
