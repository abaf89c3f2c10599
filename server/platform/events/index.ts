// Domain events: the public surface of the outbox. A change records its events inside its own transaction
// (recordDomainEvent); the worker's `events.deliver` job hands them to the subscribers in subscribers.ts.
export type { DeliveredEvent, DomainEventMap, DomainEventType, EventActor, NewDomainEvent } from "./event-types";
export { recordDomainEvent, recordDomainEvents } from "./record-domain-event";
export { defineSubscriber, type Subscriber } from "./define-subscriber";
export { deliverEvents, type DeliveryOptions, type DeliveryResult } from "./deliver-events";
export { wakeEventDelivery, withoutWakeUps } from "./wake-event-delivery";
