// Liveness: the process is up and serving. It touches nothing else, so a slow database does not make
// an orchestrator restart healthy web processes (that is what /api/ready is for).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
