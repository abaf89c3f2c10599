// Writes domain events to the outbox inside the caller's transaction, so an event exists exactly when the
// change it announces committed (a rollback takes the event with it). Each event takes the next position
// of its stream (its account): the stream row is upserted and stays locked until the caller commits, so
// positions are gap-free and in commit order, and a subscriber that reads them in order never skips an
// event that commits late.
import type { Prisma } from "../../generated/prisma/client";
import { newRowId } from "../../db-ids";
import type { DomainEventType, NewDomainEvent } from "./event-types";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

export function streamKeyOf(event: { organizationId: string; accountId: string | null }): string {
  return event.accountId ?? `org:${event.organizationId}`;
}

// One event in one round trip (the hot path: a task completion).
export async function recordDomainEvent<T extends DomainEventType>(tx: Tx, event: NewDomainEvent<T>): Promise<void> {
  const streamKey = streamKeyOf(event);
  await tx.$executeRaw`
    WITH stream AS (
      INSERT INTO "DomainEventStream" (key, "organizationId", head) VALUES (${streamKey}, ${event.organizationId}, 1)
      ON CONFLICT (key) DO UPDATE SET head = "DomainEventStream".head + 1
      RETURNING head
    )
    INSERT INTO "DomainEvent" (id, "organizationId", "accountId", "streamKey", position, type, data)
    SELECT ${newRowId()}, ${event.organizationId}, ${event.accountId}, ${streamKey}, stream.head, ${event.type},
      ${JSON.stringify(event.data)}::jsonb
    FROM stream`;
}

// Many events in two round trips, whatever their number (set-based work such as the hourly alert refresh).
export async function recordDomainEvents(tx: Tx, events: readonly NewDomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const counts = new Map<string, { organizationId: string; count: number }>();
  for (const event of events) {
    const key = streamKeyOf(event);
    const stream = counts.get(key) ?? { organizationId: event.organizationId, count: 0 };
    stream.count++;
    counts.set(key, stream);
  }
  // Streams are locked in key order, so two set-based writers never wait on each other in a cycle.
  const keys = [...counts.keys()].sort();
  const heads = await tx.$queryRaw<{ key: string; head: number }[]>`
    INSERT INTO "DomainEventStream" (key, "organizationId", head)
    SELECT * FROM unnest(${keys}::text[], ${keys.map((key) => counts.get(key)!.organizationId)}::text[],
      ${keys.map((key) => counts.get(key)!.count)}::int[])
    ORDER BY 1
    ON CONFLICT (key) DO UPDATE SET head = "DomainEventStream".head + EXCLUDED.head
    RETURNING key, head`;
  const next = new Map(heads.map((row) => [row.key, row.head - counts.get(row.key)!.count + 1]));
  const positions = events.map((event) => {
    const key = streamKeyOf(event);
    const position = next.get(key)!;
    next.set(key, position + 1);
    return position;
  });
  await tx.$executeRaw`
    INSERT INTO "DomainEvent" (id, "organizationId", "accountId", "streamKey", position, type, data)
    SELECT id, "organizationId", "accountId", "streamKey", position, type, data::jsonb FROM unnest(
      ${events.map(() => newRowId())}::text[], ${events.map((event) => event.organizationId)}::text[],
      ${events.map((event) => event.accountId)}::text[], ${events.map(streamKeyOf)}::text[], ${positions}::int[],
      ${events.map((event) => event.type)}::text[], ${events.map((event) => JSON.stringify(event.data))}::text[]
    ) AS e(id, "organizationId", "accountId", "streamKey", position, type, data)`;
}
