import { describe, expect, it } from "vitest";
import { findTextProblem } from "./storable-text";

describe("storable text", () => {
  it("finds NUL and lone surrogates anywhere in an input, keys included", () => {
    expect(findTextProblem({ a: ["ok", { b: "fine 🙂" }] })).toBeNull();
    expect(findTextProblem({ a: ["ok", { b: "bad \ud800" }] })).toBe("ill-formed");
    expect(findTextProblem({ a: "\udc00 trailing" })).toBe("ill-formed");
    expect(findTextProblem({ ["key\ud83d"]: "x" })).toBe("ill-formed");
    expect(findTextProblem("nul \u0000")).toBe("nul");
  });
});
