// Delivers outbox events to subscribers: at least once, in order per stream (account), each subscriber on
// its own. A run claims streams with undelivered events for a subscriber (`FOR UPDATE SKIP LOCKED` plus a
// lease, so two workers never hold the same stream), hands each event to the subscriber in position order
// and moves the subscriber's cursor past it. A handler that throws stops that stream for that subscriber
// only: the cursor keeps the failed event and waits (backoff) before it is tried again, while other
// streams and other subscribers go on. A worker that dies mid-delivery leaves a lease that expires, and
// the next run delivers from the cursor: the event is handled again (at least once), never skipped.
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import type { DeliveredEvent, DomainEventType } from "./event-types";
import { subscribesTo, type Subscriber } from "./define-subscriber";

export type DeliveryOptions = {
  // Fixed time for leases and backoff (tests); otherwise the clock at each claim.
  now?: Date;
  subscribers: readonly Subscriber[];
  // Streams claimed at once per subscriber, and events read per stream per claim.
  batchSize?: number;
  // How long a claimed stream stays with its worker before another may take it over.
  leaseMs?: number;
};

export type DeliveryResult = { delivered: number; failed: number };

const defaultLeaseMs = 5 * 60_000;
const eventsPerStream = 100;

// 10 s after the first failure, doubling, at most an hour apart: a subscriber that is down for a while is
// not hammered, and one that recovers catches up within the hour.
export function retryDelayMs(failures: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, failures - 1), 3_600_000);
}

type ClaimedStream = { streamKey: string; position: number; head: number; attempts: number };
type EventRow = {
  id: string;
  type: DomainEventType;
  organizationId: string;
  accountId: string | null;
  streamKey: string;
  position: number;
  occurredAt: Date;
  data: unknown;
};

const sqlTime = (instant: Date) => instant.toISOString();

// Every stream gets a cursor for the subscriber before it is claimed (claims lock existing rows only).
// On the subscriber's first run (it registers in the same statement) cursors start at each stream's head:
// a new subscriber hears what happens from now on. Streams created after that start at their beginning.
async function ensureCursors(subscriber: string) {
  await db.$executeRaw`
    WITH registered AS (
      INSERT INTO "DomainEventSubscriber" (name) VALUES (${subscriber}) ON CONFLICT DO NOTHING RETURNING name
    )
    INSERT INTO "DomainEventCursor" (subscriber, "streamKey", position)
    SELECT ${subscriber}, s.key, CASE WHEN EXISTS (SELECT 1 FROM registered) THEN s.head ELSE 0 END
    FROM "DomainEventStream" s
    WHERE NOT EXISTS (SELECT 1 FROM "DomainEventCursor" c WHERE c.subscriber = ${subscriber} AND c."streamKey" = s.key)
    ON CONFLICT DO NOTHING`;
}

async function claimStreams(subscriber: string, now: Date, leaseMs: number, limit: number, token: string) {
  return db.$queryRaw<ClaimedStream[]>`
    UPDATE "DomainEventCursor" c SET "leaseUntil" = ${sqlTime(new Date(now.getTime() + leaseMs))}::timestamp, "leaseToken" = ${token}
    FROM (
      SELECT c2.subscriber, c2."streamKey" FROM "DomainEventCursor" c2
      JOIN "DomainEventStream" s ON s.key = c2."streamKey"
      WHERE c2.subscriber = ${subscriber} AND s.head > c2.position
        AND (c2."nextAttemptAt" IS NULL OR c2."nextAttemptAt" <= ${sqlTime(now)}::timestamp)
        AND (c2."leaseUntil" IS NULL OR c2."leaseUntil" < ${sqlTime(now)}::timestamp)
      ORDER BY c2."nextAttemptAt" NULLS FIRST
      LIMIT ${limit}
      FOR UPDATE OF c2 SKIP LOCKED
    ) picked
    WHERE c.subscriber = picked.subscriber AND c."streamKey" = picked."streamKey"
    RETURNING c."streamKey" AS "streamKey", c.position, c.attempts, (SELECT head FROM "DomainEventStream" WHERE key = c."streamKey") AS head`;
}

async function loadEvents(claimed: ClaimedStream[]) {
  return db.$queryRaw<EventRow[]>`
    SELECT e.id, e.type, e."organizationId", e."accountId", e."streamKey", e.position, e."occurredAt", e.data
    FROM unnest(${claimed.map((row) => row.streamKey)}::text[], ${claimed.map((row) => row.position)}::int[]) AS c(key, position)
    CROSS JOIN LATERAL (
      SELECT * FROM "DomainEvent" e WHERE e."streamKey" = c.key AND e.position > c.position
      ORDER BY e.position LIMIT ${eventsPerStream}
    ) e
    ORDER BY e."streamKey", e.position`;
}

// Moves the cursor; refused (false) when the lease was lost to another worker, which then owns the stream.
async function advance(subscriber: string, streamKey: string, token: string, position: number, release: boolean) {
  const updated = release
    ? await db.$executeRaw`
        UPDATE "DomainEventCursor" SET position = ${position}, attempts = 0, "nextAttemptAt" = NULL, "lastError" = NULL,
          "leaseUntil" = NULL, "leaseToken" = NULL
        WHERE subscriber = ${subscriber} AND "streamKey" = ${streamKey} AND "leaseToken" = ${token}`
    : await db.$executeRaw`
        UPDATE "DomainEventCursor" SET position = ${position}, attempts = 0, "nextAttemptAt" = NULL, "lastError" = NULL
        WHERE subscriber = ${subscriber} AND "streamKey" = ${streamKey} AND "leaseToken" = ${token}`;
  return updated === 1;
}

async function recordFailure(
  subscriber: string,
  stream: ClaimedStream,
  token: string,
  position: number,
  error: unknown,
  now: Date,
) {
  const failures = stream.attempts + 1;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  await db.$executeRaw`
    UPDATE "DomainEventCursor" SET position = ${position}, attempts = ${failures},
      "nextAttemptAt" = ${sqlTime(new Date(now.getTime() + retryDelayMs(failures)))}::timestamp,
      "lastError" = ${message}, "leaseUntil" = NULL, "leaseToken" = NULL
    WHERE subscriber = ${subscriber} AND "streamKey" = ${stream.streamKey} AND "leaseToken" = ${token}`;
  console.error(`[events] ${subscriber} failed on ${stream.streamKey} (attempt ${failures}); retrying later: ${message}`);
}

function toDelivered(row: EventRow): DeliveredEvent {
  return {
    id: row.id,
    type: row.type,
    organizationId: row.organizationId,
    accountId: row.accountId,
    occurredAt: row.occurredAt,
    data: row.data,
  } as DeliveredEvent;
}

async function deliverStream(subscriber: Subscriber, stream: ClaimedStream, events: EventRow[], token: string, now: Date) {
  const result: DeliveryResult = { delivered: 0, failed: 0 };
  // A stream whose events are gone (none left past the cursor) is simply caught up to its head.
  let position = events.length === 0 ? stream.head : stream.position;
  for (const event of events) {
    if (subscribesTo(subscriber, event.type)) {
      try {
        await subscriber.handle(toDelivered(event));
      } catch (error) {
        await recordFailure(subscriber.name, stream, token, position, error, now);
        result.failed++;
        return result;
      }
      result.delivered++;
      if (!(await advance(subscriber.name, stream.streamKey, token, event.position, false))) return result;
    }
    position = event.position;
  }
  await advance(subscriber.name, stream.streamKey, token, position, true);
  return result;
}

async function deliverToSubscriber(subscriber: Subscriber, options: DeliveryOptions): Promise<DeliveryResult> {
  const total: DeliveryResult = { delivered: 0, failed: 0 };
  await ensureCursors(subscriber.name);
  for (;;) {
    const now = options.now ?? new Date();
    const token = randomUUID();
    const claimed = await claimStreams(subscriber.name, now, options.leaseMs ?? defaultLeaseMs, options.batchSize ?? 50, token);
    if (claimed.length === 0) return total;
    const events = await loadEvents(claimed);
    for (const stream of claimed) {
      const own = events.filter((event) => event.streamKey === stream.streamKey);
      const result = await deliverStream(subscriber, stream, own, token, now);
      total.delivered += result.delivered;
      total.failed += result.failed;
    }
  }
}

// Delivers everything undelivered, subscriber by subscriber; returns when nothing is left that is due.
export async function deliverEvents(options: DeliveryOptions): Promise<DeliveryResult> {
  const total: DeliveryResult = { delivered: 0, failed: 0 };
  for (const subscriber of options.subscribers) {
    const result = await deliverToSubscriber(subscriber, options);
    total.delivered += result.delivered;
    total.failed += result.failed;
  }
  return total;
}
