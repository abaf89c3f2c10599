// .env.example is the self-hoster's list of settings: it must name every variable server/env.ts reads,
// and nothing it does not, and its uncommented example values must be ones the app accepts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envVariableNames, parseEnv } from "../../server/env";

const example = readFileSync(path.resolve(import.meta.dirname, "../../.env.example"), "utf8");
const assignments = [...example.matchAll(/^(#\s*)?([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((match) => ({
  name: match[2]!,
  value: match[3]!,
  commented: Boolean(match[1]),
}));

describe(".env.example", () => {
  it("lists exactly the variables server/env.ts reads, each once", () => {
    const names = assignments.map((line) => line.name);
    expect([...names].sort()).toEqual([...envVariableNames].sort());
  });

  it("shows values the app accepts once the blanks are filled in", () => {
    const filled = Object.fromEntries(assignments.filter((line) => line.value !== "").map((line) => [line.name, line.value]));
    const env = parseEnv({ ...filled, AUTH_SECRET: "x".repeat(40), RESEND_API_KEY: "re_example" });
    expect(env.NODE_ENV).toBe("production");
    expect(env.STORAGE_DRIVER).toBe("local");
  });
});
