// Calls tRPC procedures over HTTP the way the app's client does (superjson envelope, no batching).
import superjson from "superjson";

export function queryUrl(baseUrl: string, procedure: string, input: unknown): string {
  return `${baseUrl}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
}

export function mutationBody(input: unknown): string {
  return JSON.stringify(superjson.serialize(input));
}

export async function trpcQuery<T>(baseUrl: string, procedure: string, input: unknown, cookie: string): Promise<T> {
  const response = await fetch(queryUrl(baseUrl, procedure, input), { headers: { cookie } });
  const body = (await response.json()) as { result?: { data: never }; error?: { json: { message: string } } };
  if (!response.ok || !body.result) throw new Error(`${procedure} answered ${response.status}: ${body.error?.json.message}`);
  return superjson.deserialize(body.result.data) as T;
}

// True when the app has this procedure (of any kind): tRPC answers NOT_FOUND "No procedure found" otherwise.
export async function hasProcedure(baseUrl: string, procedure: string, cookie: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/api/trpc/${procedure}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: mutationBody({}),
  });
  if (response.status !== 404) return true;
  const text = await response.text();
  return !/No (procedure|"\w+"-procedure)/i.test(text);
}
