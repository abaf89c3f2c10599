import { fieldErrorsOf, formErrorOf } from "@/lib/errors/error-shape";

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

// Input errors arrive in the one error shape (lib/errors/error-shape.ts); show the first human message.
export function errorText(error: unknown, fallback: string): string {
  const first = Object.values(fieldErrorsOf(error)).find((messages) => messages?.length)?.[0];
  return first ?? formErrorOf(error, fallback) ?? fallback;
}
