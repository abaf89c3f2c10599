// The one error shape every API answer uses, readable by forms on the client: a human `message`, and in
// `data` the per-field messages (`fieldErrors`, keyed by input field) plus messages about the input as a
// whole (`formErrors`). Built on the server by the tRPC error formatter; read here by forms.
type FieldErrors = Record<string, string[] | undefined>;
export type ErrorData = { code: string; httpStatus: number; fieldErrors: FieldErrors; formErrors: string[] };

function dataOf(error: unknown): Partial<ErrorData> | undefined {
  return (error as { data?: Partial<ErrorData> | null } | null | undefined)?.data ?? undefined;
}

export function fieldErrorsOf(error: unknown): FieldErrors {
  return dataOf(error)?.fieldErrors ?? {};
}

// The message to show above a form: the first message not already shown beside a field, else the
// error's own message, else the fallback.
export function formErrorOf(error: unknown, fallback: string): string | null {
  if (!error) return null;
  const data = dataOf(error);
  if (data?.formErrors?.length) return data.formErrors[0]!;
  if (data?.fieldErrors && Object.keys(data.fieldErrors).length) return "Please correct the fields marked below.";
  return error instanceof Error && error.message ? error.message : fallback;
}
