// The REST API: every /api/v1 route is dispatched from the route table (server/integrations/rest).
import { handleRestRequest } from "@/server/integrations";

export const dynamic = "force-dynamic";

async function handler(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  return handleRestRequest(request, `/${path.map(encodeURIComponent).join("/")}`);
}

export { handler as GET, handler as POST, handler as PATCH, handler as PUT, handler as DELETE };
