// Text the database can store and people can read: no NUL character (PostgreSQL refuses it in text) and
// well-formed UTF-16 (a lone surrogate such as "\ud800" is not a character; PostgreSQL refuses it too, and
// it would break every page and email that shows it). Checked once for every input in the procedure chain.
type TextProblem = "nul" | "ill-formed";

export const textProblemMessages: Record<TextProblem, string> = {
  nul: "Text cannot contain the NUL character.",
  "ill-formed": "Text contains a broken character (an unpaired surrogate). Please retype it and try again.",
};

// With the u flag a surrogate pair reads as one code point, so only unpaired halves match.
const loneSurrogate = /\p{Surrogate}/u;

function textProblem(value: string): TextProblem | null {
  if (value.includes("\u0000")) return "nul";
  if (loneSurrogate.test(value)) return "ill-formed";
  return null;
}

// The first problem in any string of a JSON-like value, object keys included.
export function findTextProblem(value: unknown, depth = 0): TextProblem | null {
  if (typeof value === "string") return textProblem(value);
  if (depth > 20 || value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    const problem = textProblem(key) ?? findTextProblem(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}
