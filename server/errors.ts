// The one error type services throw. The tRPC layer maps `kind` to a status code; anything else that
// escapes a procedure is reported to the client as a generic internal error without details.
export type DomainErrorKind = "NOT_FOUND" | "FORBIDDEN" | "BAD_REQUEST" | "CONFLICT" | "TOO_MANY_REQUESTS";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    // The input field the message is about, so forms can show it beside that field.
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found`);
