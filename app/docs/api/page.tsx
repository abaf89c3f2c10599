// The API reference, rendered on the server from the same OpenAPI document served at
// /api/v1/openapi.json (no external viewer, nothing loaded from a CDN).
import type { Metadata } from "next";
import { getEnv } from "@/server/env";
import { buildOpenApiDocument } from "@/server/integrations";

export const metadata: Metadata = { title: "API reference" };
export const dynamic = "force-dynamic";

type Operation = {
  operationId: string;
  summary: string;
  "x-onward-scope"?: string;
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

function Schema({ value }: { value: unknown }) {
  return <pre className="overflow-x-auto rounded bg-zinc-50 p-2 text-xs">{JSON.stringify(value, null, 2)}</pre>;
}

export default function ApiReferencePage() {
  const document = buildOpenApiDocument(getEnv().APP_URL);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })),
  );
  return (
    <main className="mx-auto max-w-4xl space-y-8 p-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{document.info.title}</h1>
        <p>{document.info.description}</p>
        <p className="text-sm">
          Base URL <code>{document.servers[0]!.url}</code> · machine-readable:{" "}
          <a className="underline" href="/api/v1/openapi.json">
            openapi.json
          </a>
          . Errors are <code>application/problem+json</code>; every POST accepts <code>Idempotency-Key</code>.
        </p>
      </header>
      <nav aria-label="Operations">
        <ul className="columns-2 text-sm">
          {operations.map(({ operation }) => (
            <li key={operation.operationId}>
              <a className="underline" href={`#${operation.operationId}`}>
                {operation.operationId}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {operations.map(({ path, method, operation }) => (
        <section key={operation.operationId} id={operation.operationId} className="space-y-2 border-t border-zinc-200 pt-4">
          <h2 className="font-mono text-lg">
            <span className="font-semibold uppercase">{method}</span> {path}
          </h2>
          <p>
            {operation.summary} <span className="text-sm text-zinc-600">(scope: {operation["x-onward-scope"]})</span>
          </p>
          {operation.parameters?.length ? (
            <p className="text-sm">
              Parameters:{" "}
              {operation.parameters
                .map((parameter) => `${parameter.name} (${parameter.in}${parameter.required ? ", required" : ""})`)
                .join(", ")}
            </p>
          ) : null}
          {operation.requestBody ? (
            <details>
              <summary className="cursor-pointer text-sm">Request body</summary>
              <Schema value={operation.requestBody.content["application/json"]?.schema} />
            </details>
          ) : null}
          <p className="text-sm">
            Responses:{" "}
            {Object.entries(operation.responses)
              .map(([status, response]) => `${status} ${response.description}`)
              .join(" · ")}
          </p>
        </section>
      ))}
      <section className="space-y-2 border-t border-zinc-200 pt-4">
        <h2 className="text-xl font-semibold">Webhooks</h2>
        <p className="text-sm">
          Signed per Standard Webhooks (<code>webhook-id</code>, <code>webhook-timestamp</code>, <code>webhook-signature</code>);
          retried with backoff for about a day; deduplicate on <code>webhook-id</code>.
        </p>
        {Object.entries(document.webhooks).map(([type, hook]) => (
          <details key={type}>
            <summary className="cursor-pointer font-mono text-sm">{type}</summary>
            <Schema
              value={
                (hook as { post: { requestBody: { content: Record<string, { schema: unknown }> } } }).post.requestBody.content[
                  "application/json"
                ]?.schema
              }
            />
          </details>
        ))}
        <details>
          <summary className="cursor-pointer text-sm">Shared schemas</summary>
          <Schema value={document.components.schemas} />
        </details>
      </section>
    </main>
  );
}
