// Generators of hostile input: wrong types, huge and odd strings, extreme numbers, prototype-pollution
// keys, and valid inputs with one field replaced by any of those.
import fc from "fast-check";

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
