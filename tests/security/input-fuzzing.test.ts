// Property-based fuzzing of every procedure with hostile input, called by a role allowed to use it:
// never an internal error, never internals in an error message, nothing persisted from a rejected call,
// and no prototype pollution.
import fc from "fast-check";
import { TRPCError } from "@trpc/server";
import { afterAll, describe, expect, it } from "vitest";
import { appRouter } from "../../server/routers/_app";
import { callerFor, type TestUser } from "../support/factories";
import { databaseFingerprint } from "./fingerprint";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { classInputs, hostileInput, inputShapeOf } from "./hostile-input";
import { matrix, type Access } from "./matrix";
import { buildWorld, type World } from "./world";

const runsPerProcedure = Number(process.env.FUZZ_RUNS ?? 25);
const procedureDefs = (
  appRouter as unknown as { _def: { procedures: Record<string, { _def: { inputs: unknown[]; type: string } }> } }
)._def.procedures;
const procedures = Object.keys(procedureDefs).sort();
let calls = 0;

const allowedUser: Record<Access, (world: World) => TestUser | null> = {
  public: () => null,
  signedIn: (w) => w.victim.member.user,
  customer: (w) => w.victim.member.user,
  champion: (w) => w.victim.champion.user,
  csm: (w) => w.victim.csm.user,
  admin: (w) => w.victim.admin.user,
  owner: (w) => w.victim.owner.user,
};

// A fresh world, the procedure's matrix entry, and a function calling it as the lowest allowed role.
async function setUp(path: string) {
  const world = await buildWorld();
  const entry = matrix[path]!;
  const caller = callerFor(allowedUser[entry.access](world)) as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<unknown>>
  >;
  const [namespace, name] = path.split(".") as [string, string];
  return { world, entry, call: (input: unknown) => caller[namespace]![name]!(input) };
}

const internals = /prisma|node_modules|\bat [\w.<>]+ \(|\/work\/|SELECT |INSERT |UPDATE "|violates|stack/i;

describe.each(procedures.filter((path) => matrix[path]))("%s", (path) => {
  it("survives hostile input", async () => {
    const { world, entry, call } = await setUp(path);
    await fc.assert(
      fc.asyncProperty(hostileInput(entry.input?.(world)), async (input) => {
        const before = await databaseFingerprint();
        calls++;
        try {
          await call(input);
        } catch (error) {
          expect(error).toBeInstanceOf(TRPCError);
          const trpcError = error as TRPCError;
          expect(
            trpcError.code,
            `internal error for input ${JSON.stringify(input)?.slice(0, 200)}: ${trpcError.message}`,
          ).not.toBe("INTERNAL_SERVER_ERROR");
          expect(trpcError.message).not.toMatch(internals);
          expect(await databaseFingerprint()).toBe(before);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      }),
      { numRuns: runsPerProcedure, endOnFailure: true },
    );
  });
});

// The answer a client would get over HTTP: the router's error formatter applied to the error.
function clientShape(error: TRPCError, path: string) {
  return getErrorShape({
    config: appRouter._def._config,
    error,
    type: procedureDefs[path]!._def.type as "query",
    path,
    input: undefined,
    ctx: undefined,
  }) as { message: string; data: { fieldErrors: Record<string, string[] | undefined>; httpStatus: number } };
}

describe.each(procedures.filter((path) => matrix[path] && procedureDefs[path]!._def.inputs.length > 0))("%s", (path) => {
  it("refuses impossible dates and ill-formed text in every field with a readable 400, changing nothing", async () => {
    const { world, entry, call } = await setUp(path);
    for (const bad of classInputs(entry.input?.(world), inputShapeOf(procedureDefs[path]!._def.inputs))) {
      const before = await databaseFingerprint();
      calls++;
      const error = await call(bad.input).then(
        () => null,
        (caught: unknown) => caught,
      );
      const label = `${bad.kind} in ${bad.field}: ${JSON.stringify(bad.input[bad.field])}`;
      expect(error, `${label} was accepted`).toBeInstanceOf(TRPCError);
      const shape = clientShape(error as TRPCError, path);
      expect(shape.data.httpStatus, label).toBe(400);
      expect(shape.message, label).not.toMatch(/^\s*[[{]/);
      expect(shape.message, label).not.toMatch(internals);
      if (bad.kind === "impossible date") expect(shape.data.fieldErrors[bad.field], label).toBeDefined();
      expect(await databaseFingerprint(), label).toBe(before);
    }
  });
});

afterAll(() => {
  console.log(`\nInput fuzzing: ${procedures.length} procedures, ${calls} hostile calls.`);
});
