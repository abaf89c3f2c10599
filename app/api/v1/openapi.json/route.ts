// The OpenAPI 3.1 document, generated from the route table's zod schemas.
import { getEnv } from "@/server/env";
import { buildOpenApiDocument } from "@/server/integrations";

export function GET() {
  return Response.json(buildOpenApiDocument(getEnv().APP_URL));
}
