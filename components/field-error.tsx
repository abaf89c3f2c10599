import { fieldErrorsOf } from "@/lib/errors/error-shape";

// The messages the server gave for one input field, shown beside it. `id` is what the input's
// aria-describedby points at, so screen readers read the message with the field.
export function FieldError({ error, field, id }: { error: unknown; field: string; id: string }) {
  const messages = fieldErrorsOf(error)[field];
  if (!messages?.length) return null;
  return (
    <span id={id} role="alert" data-field-error={field} className="mt-1 block text-sm text-red-700">
      {messages.join(" ")}
    </span>
  );
}
