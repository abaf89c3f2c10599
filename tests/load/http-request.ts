// One timed HTTP request of a virtual customer, classified: the expected answer, an error answer (and
// whether it gave internals away), a timeout, or a dropped connection.
import type { Outcome, RequestKind, Sample } from "./metrics";

// What an error answer must never carry: stack frames, driver and database error text, SQL states.
const internals: [string, RegExp][] = [
  ["stack frame", /\bat [\w$.<>]+ \([^)]*:\d+:\d+\)/],
  ["file path", /node_modules|\/server\/|\.next\/server/],
  ["Prisma", /prisma|DriverAdapterError/i],
  [
    "pg error",
    /ECONNREFUSED|ECONNRESET|terminating connection|Connection terminated|the database system is (starting up|shutting down)/i,
  ],
  ["SQL state", /\b(57P01|57P03|08006|08003|53300)\b/],
];

export function leakedInternals(body: string): string | null {
  for (const [name, pattern] of internals) {
    const match = pattern.exec(body);
    if (match) return `${name}: ${match[0].slice(0, 80)}`;
  }
  return null;
}

export async function timedRequest(
  kind: RequestKind,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  // Null when the body is what this request should answer, else why not.
  check: (body: string) => string | null,
): Promise<Omit<Sample, "phase">> {
  const startedAt = Date.now();
  const done = (outcome: Outcome, status: number | null, detail: string, leak: string | null = null) => ({
    kind,
    startedAt,
    ms: Date.now() - startedAt,
    outcome,
    status,
    leak,
    detail,
  });
  // Our own timer, not AbortSignal.timeout: Node's fetch can leave `response.text()` pending forever when
  // aborted mid-body (nodejs/node#56917), and that signal's timer holds it only weakly. The race below
  // settles at the deadline whatever fetch does.
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => {
      resolve("timeout");
      controller.abort();
    }, timeoutMs);
  });
  const exchange = async () => {
    const response = await fetch(url, { ...init, redirect: "manual", signal: controller.signal });
    return { response, body: await response.text() };
  };
  try {
    const answer = await Promise.race([exchange(), deadline]);
    if (answer === "timeout") return done("timeout", null, `no full answer within ${timeoutMs} ms`);
    const { response, body } = answer;
    if (response.status !== 200) {
      const where = response.headers.get("location");
      return done("http", response.status, where ? `redirect to ${where}` : body.slice(0, 200), leakedInternals(body));
    }
    let problem: string | null;
    try {
      problem = check(body);
    } catch (error) {
      problem = `unreadable answer (${error instanceof Error ? error.message : String(error)}): ${body.slice(0, 120)}`;
    }
    return problem ? done("bad-body", 200, problem) : done("ok", 200, "");
  } catch (error) {
    if (controller.signal.aborted) return done("timeout", null, `no full answer within ${timeoutMs} ms`);
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return done("network", null, cause);
  } finally {
    clearTimeout(timer);
  }
}
