export type Message = { tone: "ok" | "error"; text: string } | null;

// One line of feedback after a save: announced politely for success, assertively for errors.
export function FormMessage({ message }: { message: Message }) {
  if (!message) return null;
  return (
    <p
      role={message.tone === "error" ? "alert" : "status"}
      className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-green-700"}`}
    >
      {message.text}
    </p>
  );
}

type ZodSummary = { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };

// Input errors arrive as zod issues (data.zodError); show the first human message instead of raw JSON.
export function errorText(error: unknown, fallback: string): string {
  const zod = (error as { data?: { zodError?: ZodSummary | null } } | null)?.data?.zodError;
  const first = zod?.formErrors?.[0] ?? Object.values(zod?.fieldErrors ?? {}).find((messages) => messages?.length)?.[0];
  if (first) return first;
  return error instanceof Error && error.message ? error.message : fallback;
}
