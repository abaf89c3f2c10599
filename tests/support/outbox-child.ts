// A worker process for the outbox crash tests (tests/integration/domain-events.test.ts). It records one
// domain event in a committed transaction, prints its id, then, depending on the mode, dies at once
// ("commit-then-die") or starts delivering it and hangs inside the subscriber ("die-while-delivering") so
// that the test can SIGKILL it mid-delivery.
import { db } from "../../server/db";
import { defineSubscriber, deliverEvents, recordDomainEvent } from "../../server/platform/events";

const [mode, organizationId, accountId, subscriberName] = process.argv.slice(2) as [string, string, string, string];

await db.$transaction(async (tx) => {
  await tx.customerAccount.update({ where: { id: accountId }, data: { name: "Renamed by the child" } });
  await recordDomainEvent(tx, {
    type: "account.status_changed",
    organizationId,
    accountId,
    data: { accountId, from: "ONBOARDING", to: "LIVE" },
  });
});
const event = await db.domainEvent.findFirstOrThrow({ where: { accountId }, orderBy: { position: "desc" } });
console.log(`committed ${event.id}`);
if (mode === "commit-then-die") process.kill(process.pid, "SIGKILL");

const hang = defineSubscriber({
  name: subscriberName,
  eventTypes: "*",
  handle: async (delivered) => {
    // Other tests' events are in the outbox too: let them through, hang on this account's.
    if (delivered.accountId !== accountId) return;
    console.log(`handling ${delivered.id}`);
    await new Promise(() => undefined);
  },
});
await deliverEvents({ subscribers: [hang] });
