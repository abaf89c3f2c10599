// The OpenAPI document is generated from the route table: it validates as OpenAPI 3.1, documents every
// route and every webhook event, and its request schemas agree with what the API accepts.
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../../server/integrations/rest/build-openapi";
import { routes } from "../../server/integrations/rest/route-table";
import { webhookEventTypes } from "../../server/integrations/webhooks/webhook-payloads";

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument("http://localhost:3000");

  it("validates as OpenAPI 3.1", async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    expect(document.openapi).toBe("3.1.0");
  });

  it("documents every route and every webhook event", () => {
    for (const route of routes) {
      expect(document.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    }
    for (const type of webhookEventTypes) expect(document.webhooks[type], type).toBeDefined();
  });

  it("describes the create-account body from the service's own schema", () => {
    const operation = document.paths["/accounts"]!.post as {
      requestBody: { content: Record<string, { schema: { required: string[]; properties: object } }> };
    };
    const schema = operation.requestBody.content["application/json"]!.schema;
    expect(schema.required).toEqual(expect.arrayContaining(["name", "kickoffDate", "championEmail"]));
    expect(Object.keys(schema.properties)).toContain("externalId");
  });
});
