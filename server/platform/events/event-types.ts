// Every domain event and its data, typed by name. Subscribers (webhooks, Slack, playbooks, digests) read
// these shapes, so a change here is a change to a public contract: add fields and types, never rename.
export type EventActor = { kind: "customer" | "staff" | "system" | "api" | "product"; userId?: string | null };

export type DomainEventMap = {
  "account.created": { accountId: string; name: string; externalId?: string | null };
  "account.status_changed": { accountId: string; from: string; to: string };
  "task.completed": { accountId: string; taskId: string; title: string; templateTaskKey?: string | null; by: EventActor };
  "task.reopened": { accountId: string; taskId: string; by: EventActor };
  "milestone.reached": { accountId: string; milestoneId: string; title: string };
  "goal.updated": { accountId: string; goalId: string; currentValue: number | null };
  "checkin.sent": { accountId: string; checkInId: string; offsetDays: number };
  "checkin.answered": { accountId: string; checkInId: string; answer: string; comment?: string | null };
  "help.requested": { accountId: string; helpRequestId: string };
  "help.replied": { accountId: string; helpRequestId: string };
  "alert.raised": { accountId: string; alertId: string; kind: string };
  "alert.resolved": { accountId: string; alertId: string; kind: string };
  "health.band_changed": { accountId: string; from: string | null; to: string; score: number };
};

export type DomainEventType = keyof DomainEventMap;

// An event as a change records it (inside the change's transaction).
export type NewDomainEvent<T extends DomainEventType = DomainEventType> = {
  [K in T]: { type: K; organizationId: string; accountId: string | null; data: DomainEventMap[K] };
}[T];

// An event as a subscriber receives it.
export type DeliveredEvent<T extends DomainEventType = DomainEventType> = {
  [K in T]: {
    // Stable and unique: the deduplication key (webhooks send it as webhook-id).
    id: string;
    type: K;
    organizationId: string;
    accountId: string | null;
    occurredAt: Date;
    data: DomainEventMap[K];
  };
}[T];
