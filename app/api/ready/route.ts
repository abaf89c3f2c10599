// Readiness: database reachable, migrations applied, a worker alive (see check-readiness.ts). 200 when
// ready, 503 with the failing checks otherwise; no secrets or internals beyond what an operator needs.
import { checkReadiness } from "@/server/platform";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? "ready" : "not ready", checks: readiness.checks },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
