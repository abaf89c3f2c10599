// next-auth (database sessions) answers "no session" when it cannot read the session: it logs the
// adapter's error and carries on as if the person were signed out. During a database outage that told
// every signed-in person to sign in again (401 "Please sign in" from the API, redirects to /sign-in from
// pages). Here the adapter remembers a failure for the request it happened in, and the read rethrows
// it, so the request fails as a server error ("try again") and the person stays signed in.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Adapter } from "next-auth/adapters";

type FailureSlot = { error?: unknown };
const currentRead = new AsyncLocalStorage<FailureSlot>();

export class SessionUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The session could not be read (is the database reachable?)", { cause });
    this.name = "SessionUnavailableError";
  }
}

// The same method, noting its failure in the current read. (An async wrapper keeps the signature: every
// adapter method may return a promise.)
function remembered<Method extends (...args: never[]) => unknown>(method: Method): Method {
  const wrapped = async (...args: Parameters<Method>) => {
    try {
      return await method(...args);
    } catch (error) {
      const slot = currentRead.getStore();
      if (slot && slot.error === undefined) slot.error = error;
      throw error;
    }
  };
  return wrapped as unknown as Method;
}

// The adapter methods a session read calls: look up, renew, delete when expired.
export function reportingSessionFailures(adapter: Adapter): Adapter {
  return {
    ...adapter,
    ...(adapter.getSessionAndUser && { getSessionAndUser: remembered(adapter.getSessionAndUser) }),
    ...(adapter.updateSession && { updateSession: remembered(adapter.updateSession) }),
    ...(adapter.deleteSession && { deleteSession: remembered(adapter.deleteSession) }),
  };
}

// Runs a session read (next-auth's `auth()`); throws SessionUnavailableError if the adapter failed in it.
export async function readSessionOrThrow<T>(read: () => Promise<T>): Promise<T> {
  const slot: FailureSlot = {};
  const session = await currentRead.run(slot, read);
  if (slot.error !== undefined) throw new SessionUnavailableError(slot.error);
  return session;
}
