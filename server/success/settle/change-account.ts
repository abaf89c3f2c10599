// The one place where a change to an account settles. Every write that moves what health or alerts read
// (tasks, goals, help requests, check-in answers, notes and calls, tutorial feedback, status and kickoff)
// goes through changeAccount: the write runs in a transaction, the domain events it emits are recorded in
// that same transaction (a rollback takes them with it), and once it has committed the account is
// rescored and its alerts re-evaluated before the call returns, so the portfolio, the alert list and
// subscribers agree with what the person just did. Writes that cannot name their account before they
// run (creating one) record their events with recordAccountEvents and call settleAccount after commit.
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { recordDomainEvent, recordDomainEvents, wakeEventDelivery, type NewDomainEvent } from "../../platform/events";
import { refreshAccountHealth } from "../health/refresh-account-health";

type Tx = Prisma.TransactionClient;

export type AccountRef = { organizationId: string; accountId: string };
export type EmitEvent = (event: NewDomainEvent) => void;

// Records events inside the caller's transaction: one round trip for one event (a task completion).
export async function recordAccountEvents(tx: Tx, events: readonly NewDomainEvent[]): Promise<void> {
  if (events.length === 1) await recordDomainEvent(tx, events[0]!);
  else await recordDomainEvents(tx, events);
}

// After commit: rescore the account and re-evaluate its alerts (concurrent callers of one organization
// share one set-based pass, see refresh-account-health), then wake event delivery.
export async function settleAccount(account: AccountRef): Promise<void> {
  await refreshAccountHealth(account.organizationId, account.accountId);
  wakeEventDelivery();
}

export async function changeAccount<T>(account: AccountRef, write: (tx: Tx, emit: EmitEvent) => Promise<T>): Promise<T> {
  const result = await db.$transaction(async (tx) => {
    const events: NewDomainEvent[] = [];
    const value = await write(tx, (event) => void events.push(event));
    // Last in the transaction: the stream lock it takes is then held only until the commit.
    await recordAccountEvents(tx, events);
    return value;
  });
  await settleAccount(account);
  return result;
}
