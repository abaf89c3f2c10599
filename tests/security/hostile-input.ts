// Generators of hostile input: wrong types, huge and odd strings, extreme numbers, prototype-pollution
// keys, and valid inputs with one field replaced by any of those.
import fc from "fast-check";
import { z } from "zod";

const hugeString = fc.constantFrom("x".repeat(100_000), "🙂".repeat(20_000), "\u0000".repeat(1000), "a".repeat(1_000_001));
const oddString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(
    "",
    " ",
    "\n",
    '\'; DROP TABLE "User"; --',
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00",
    "${7*7}",
    "null",
    "undefined",
    "__proto__",
    "constructor",
    "\u202Eevil",
  ),
  hugeString,
);
const oddNumber = fc.constantFrom(
  -1,
  0,
  -0,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  0.5,
  -2_147_483_649,
  2 ** 53,
);
const pollution = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  JSON.parse('{"accountId": "x", "__proto__": {"isAdmin": true}}') as unknown,
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  oddNumber,
  pollution,
  fc.constantFrom(null, undefined, true, [], {}, [[[[]]]], new Date(Number.NaN)),
  fc.anything({ maxDepth: 3 }),
);

// Either something entirely hostile, or a valid input with one field swapped for a hostile value.
export function hostileInput(valid: unknown): fc.Arbitrary<unknown> {
  const keys = valid && typeof valid === "object" ? Object.keys(valid) : [];
  if (keys.length === 0) return hostileValue;
  return fc.oneof(
    hostileValue,
    fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...(valid as object), [key]: value })),
    hostileValue.map((value) => ({ ...(valid as object), extra: value })),
  );
}

// Classes of bad input derived from a procedure's own zod schemas, so a new procedure is covered without
// anyone listing its fields: every date field (JSON Schema `format: "date"`, which lib/dates' calendar
// date field produces) gets impossible and far-out dates, every string field a lone surrogate.
type InputShape = { dateFields: string[]; stringFields: string[] };

type JsonSchema = { type?: string; format?: string; properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[] };

function isStringLike(schema: JsonSchema): boolean {
  return schema.type === "string" || Boolean(schema.anyOf?.some(isStringLike));
}
function isDateLike(schema: JsonSchema): boolean {
  return schema.format === "date" || Boolean(schema.anyOf?.some(isDateLike));
}

export function inputShapeOf(parsers: readonly unknown[]): InputShape {
  const shape: InputShape = { dateFields: [], stringFields: [] };
  for (const parser of parsers) {
    const json = z.toJSONSchema(parser as z.ZodType, { io: "input", unrepresentable: "any" }) as JsonSchema;
    for (const [field, schema] of Object.entries(json.properties ?? {})) {
      if (isDateLike(schema)) shape.dateFields.push(field);
      else if (isStringLike(schema)) shape.stringFields.push(field);
    }
  }
  return shape;
}

const impossibleDates = [
  "2027-02-30",
  "2027-02-29",
  "2026-13-45",
  "2026-00-10",
  "2026-04-31",
  "10007-01-01",
  "0001-01-01",
  "9999-12-31",
  "2026-1-1",
];
const illFormedStrings = ["\ud800", "text \udfff in the middle", "ends with half a pair \ud83d"];

type ClassInput = { kind: "impossible date" | "lone surrogate"; field: string; input: Record<string, unknown> };

export function classInputs(valid: unknown, shape: InputShape): ClassInput[] {
  const base = valid && typeof valid === "object" ? (valid as Record<string, unknown>) : {};
  return [
    ...shape.dateFields.flatMap((field) =>
      impossibleDates.map((date) => ({ kind: "impossible date" as const, field, input: { ...base, [field]: date } })),
    ),
    // One ill-formed string per field (the variants take turns): the chain checks every field the same way.
    ...[...shape.stringFields, ...shape.dateFields].map((field, index) => ({
      kind: "lone surrogate" as const,
      field,
      input: { ...base, [field]: illFormedStrings[index % illFormedStrings.length] },
    })),
  ];
}
