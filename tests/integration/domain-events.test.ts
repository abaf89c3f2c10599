// The domain-event outbox on real PostgreSQL: an event exists exactly when its change committed; delivery
// is at least once, in order per account, once per subscriber across workers, survives a worker killed
// mid-delivery, and a failing subscriber waits (backoff) without holding up the others.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import {
  defineSubscriber,
  deliverEvents,
  recordDomainEvent,
  recordDomainEvents,
  type DeliveredEvent,
  type NewDomainEvent,
} from "../../server/platform/events";
import { createAccount, createOrganization } from "../support/factories";
import { runsOnRealPostgres } from "../support/test-database";

function recorder(name: string, options: { failWhen?: (event: DeliveredEvent) => boolean; slowMs?: number } = {}) {
  const seen: DeliveredEvent[] = [];
  const subscriber = defineSubscriber({
    name,
    eventTypes: "*",
    handle: async (event) => {
      if (options.slowMs) await new Promise((resolve) => setTimeout(resolve, options.slowMs));
      if (options.failWhen?.(event)) throw new Error(`${name} is down`);
      seen.push(event);
    },
  });
  return { subscriber, seen };
}

const statusChange = (organizationId: string, accountId: string, to: string): NewDomainEvent => ({
  type: "account.status_changed",
  organizationId,
  accountId,
  data: { accountId, from: "ONBOARDING", to },
});

async function setup(label: string) {
  const organization = await createOrganization(label);
  const account = await createAccount(organization.id);
  return { organization, account };
}

describe("recording domain events", () => {
  it("writes the event with its change, and none for a change that rolls back", async () => {
    const { organization, account } = await setup("Outbox commit");
    await db.$transaction(async (tx) => {
      await tx.customerAccount.update({ where: { id: account.id }, data: { status: "LIVE" } });
      await recordDomainEvent(tx, statusChange(organization.id, account.id, "LIVE"));
    });
    await expect(
      db.$transaction(async (tx) => {
        await tx.customerAccount.update({ where: { id: account.id }, data: { status: "PAUSED" } });
        await recordDomainEvent(tx, statusChange(organization.id, account.id, "PAUSED"));
        throw new Error("the change fails after its event was written");
      }),
    ).rejects.toThrow("the change fails");

    const events = await db.domainEvent.findMany({ where: { accountId: account.id } });
    expect(events.map((event) => (event.data as { to: string }).to)).toEqual(["LIVE"]);
    expect((await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("LIVE");
    // The rolled-back event took its position with it: the next event is number 2, not 3.
    await db.$transaction((tx) => recordDomainEvent(tx, statusChange(organization.id, account.id, "CHURNED")));
    const positions = await db.domainEvent.findMany({ where: { accountId: account.id }, orderBy: { position: "asc" } });
    expect(positions.map((event) => event.position)).toEqual([1, 2]);
  });

  it("records many events across accounts with gap-free positions per account", async () => {
    const { organization, account } = await setup("Outbox batch");
    const other = await createAccount(organization.id);
    await db.$transaction((tx) =>
      recordDomainEvents(tx, [
        statusChange(organization.id, account.id, "LIVE"),
        statusChange(organization.id, other.id, "LIVE"),
        statusChange(organization.id, account.id, "PAUSED"),
      ]),
    );
    const rows = await db.domainEvent.findMany({
      where: { organizationId: organization.id },
      orderBy: [{ streamKey: "asc" }, { position: "asc" }],
    });
    expect(
      rows.filter((row) => row.accountId === account.id).map((row) => [row.position, (row.data as { to: string }).to]),
    ).toEqual([
      [1, "LIVE"],
      [2, "PAUSED"],
    ]);
    expect(rows.filter((row) => row.accountId === other.id).map((row) => row.position)).toEqual([1]);
  });
});

describe("delivering domain events", () => {
  it("hands each event to each subscriber once, in order per account, with a stable id", async () => {
    const { organization, account } = await setup("Outbox order");
    for (const to of ["LIVE", "PAUSED", "LIVE"]) {
      await db.$transaction((tx) => recordDomainEvent(tx, statusChange(organization.id, account.id, to)));
    }
    const first = recorder("test.order-a");
    const second = recorder("test.order-b");
    await deliverEvents({ subscribers: [first.subscriber, second.subscriber] });
    await deliverEvents({ subscribers: [first.subscriber, second.subscriber] });
    const mine = (seen: DeliveredEvent[]) => seen.filter((event) => event.accountId === account.id);
    for (const { seen } of [first, second]) {
      expect(mine(seen).map((event) => (event.data as { to: string }).to)).toEqual(["LIVE", "PAUSED", "LIVE"]);
    }
    const stored = await db.domainEvent.findMany({ where: { accountId: account.id }, orderBy: { position: "asc" } });
    expect(mine(first.seen).map((event) => event.id)).toEqual(stored.map((event) => event.id));
    expect(mine(first.seen)[0]).toMatchObject({ type: "account.status_changed", organizationId: organization.id });
  });

  it("retries a failing subscriber with backoff, holding back only its later events of that account", async () => {
    const { organization, account } = await setup("Outbox retry");
    const other = await createAccount(organization.id);
    await db.$transaction((tx) =>
      recordDomainEvents(tx, [
        statusChange(organization.id, account.id, "LIVE"),
        statusChange(organization.id, account.id, "PAUSED"),
        statusChange(organization.id, other.id, "LIVE"),
      ]),
    );
    let down = true;
    const flaky = recorder("test.flaky", { failWhen: (event) => down && event.accountId === account.id });
    const healthy = recorder("test.healthy");
    const now = new Date();
    const firstRun = await deliverEvents({ subscribers: [flaky.subscriber, healthy.subscriber], now });
    expect(firstRun.failed).toBe(1);
    // The healthy subscriber got everything; the flaky one got the other account's event only.
    expect(healthy.seen.filter((event) => event.organizationId === organization.id)).toHaveLength(3);
    expect(flaky.seen.filter((event) => event.organizationId === organization.id).map((event) => event.accountId)).toEqual([
      other.id,
    ]);
    const cursor = await db.domainEventCursor.findUniqueOrThrow({
      where: { subscriber_streamKey: { subscriber: "test.flaky", streamKey: account.id } },
    });
    expect(cursor).toMatchObject({ position: 0, attempts: 1, lastError: "test.flaky is down" });
    expect(cursor.nextAttemptAt!.getTime()).toBeGreaterThan(now.getTime());

    // Before the backoff is over nothing is tried again, even though the subscriber is back.
    down = false;
    await deliverEvents({ subscribers: [flaky.subscriber], now });
    expect(flaky.seen.filter((event) => event.accountId === account.id)).toHaveLength(0);
    // After it, both events arrive, in order.
    await deliverEvents({ subscribers: [flaky.subscriber], now: new Date(now.getTime() + 60_000) });
    expect(
      flaky.seen.filter((event) => event.accountId === account.id).map((event) => (event.data as { to: string }).to),
    ).toEqual(["LIVE", "PAUSED"]);
  });

  it.runIf(runsOnRealPostgres())("two workers deliver each event once per subscriber", async () => {
    const { organization } = await setup("Outbox two workers");
    const accounts = await Promise.all(Array.from({ length: 12 }, () => createAccount(organization.id)));
    for (const round of ["LIVE", "PAUSED", "LIVE"]) {
      await db.$transaction((tx) =>
        recordDomainEvents(
          tx,
          accounts.map((account) => statusChange(organization.id, account.id, round)),
        ),
      );
    }
    const a = recorder("test.shared-a", { slowMs: 3 });
    const b = recorder("test.shared-b", { slowMs: 3 });
    // Two workers at once, each with both subscribers (by name: they share delivery progress).
    const both = [a.subscriber, b.subscriber];
    const results = await Promise.all([
      deliverEvents({ subscribers: both, batchSize: 3 }),
      deliverEvents({ subscribers: [...both].reverse(), batchSize: 3 }),
    ]);
    // Both took part (the outbox also holds other tests' events, so only this organization's are counted).
    expect(results[0].delivered).toBeGreaterThan(0);
    expect(results[1].delivered).toBeGreaterThan(0);
    for (const { seen } of [a, b]) {
      const ids = seen.filter((event) => event.organizationId === organization.id).map((event) => event.id);
      expect(ids).toHaveLength(accounts.length * 3);
      expect(new Set(ids).size).toBe(ids.length);
      for (const account of accounts) {
        const order = seen.filter((event) => event.accountId === account.id).map((event) => (event.data as { to: string }).to);
        expect(order).toEqual(["LIVE", "PAUSED", "LIVE"]);
      }
    }
  });

  it.runIf(runsOnRealPostgres())(
    "an event committed by a worker that died before delivering it is delivered after restart",
    async () => {
      const { organization, account } = await setup("Outbox crash before delivery");
      const id = await runChild("commit-then-die", organization.id, account.id, "test.crash-before", "committed");
      expect((await db.customerAccount.findUniqueOrThrow({ where: { id: account.id } })).name).toBe("Renamed by the child");
      const restarted = recorder("test.crash-before");
      await deliverEvents({ subscribers: [restarted.subscriber] });
      expect(restarted.seen.filter((event) => event.accountId === account.id).map((event) => event.id)).toEqual([id]);
    },
  );

  it.runIf(runsOnRealPostgres())(
    "an event whose worker was SIGKILLed mid-delivery is delivered once its lease expires",
    async () => {
      const { organization, account } = await setup("Outbox crash during delivery");
      const id = await runChild("die-while-delivering", organization.id, account.id, "test.crash-during", "handling");
      const restarted = recorder("test.crash-during");
      // While the dead worker's lease lasts, nobody else takes the stream (it might still be working)…
      await deliverEvents({ subscribers: [restarted.subscriber] });
      expect(restarted.seen.filter((event) => event.accountId === account.id)).toEqual([]);
      // …and once it is over, the event is delivered from the cursor.
      await deliverEvents({ subscribers: [restarted.subscriber], now: new Date(Date.now() + 10 * 60_000) });
      expect(restarted.seen.filter((event) => event.accountId === account.id).map((event) => event.id)).toEqual([id]);
    },
  );
});

// Runs tests/support/outbox-child.ts, waits until it prints `waitFor`, SIGKILLs it (if it has not killed
// itself) and returns the id of the event it committed.
async function runChild(mode: string, organizationId: string, accountId: string, subscriber: string, waitFor: string) {
  const child = spawn("node_modules/.bin/tsx", ["tests/support/outbox-child.ts", mode, organizationId, accountId, subscriber], {
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("close", (_code, signal) => resolve(signal)));
  const id = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const committed = /committed (\S+)/.exec(output);
      if (committed && output.includes(waitFor)) resolve(committed[1]!);
    });
    void exited.then(() => reject(new Error(`The child exited before printing "${waitFor}":\n${output}`)));
  });
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  return id;
}
