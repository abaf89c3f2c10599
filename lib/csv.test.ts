import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and newlines and leaves empty cells empty", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x, y", 'say "hi"'],
          [null, "line\nbreak"],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n,"line\nbreak"\r\n');
  });
  it("defuses spreadsheet formulas in text but keeps negative numbers", () => {
    expect(toCsv(["name"], [['=HYPERLINK("x")'], [-5]])).toBe('name\r\n"\'=HYPERLINK(""x"")"\r\n-5\r\n');
  });
});
