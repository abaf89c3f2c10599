// Calls the REST API's dispatcher (the same function app/api/v1/[...path] serves) with a real Request.
import { handleRestRequest } from "../../server/integrations/rest/handle-rest-request";

export async function callRest(
  method: string,
  path: string,
  options: { key?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined && !headers["content-type"]) headers["content-type"] = "application/json";
  const request = new Request(`http://localhost/api/v1${path}`, { method, headers, body });
  const response = await handleRestRequest(request, new URL(request.url).pathname.replace(/^\/api\/v1/, ""));
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads JSON responses loosely
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, any>) : null };
}
