// The tenant-isolation and role matrix, generated from the app's router: every procedure is called as
// signed-out, as customers of another account and another organization, as staff of another
// organization, as the lowest role allowed and as the role one below it, with the victim's ids.
// Forbidden calls must be rejected (never with a 500) and change nothing.
import { TRPCError } from "@trpc/server";
import { afterAll, describe, expect, it } from "vitest";
import { appRouter } from "../../server/routers/_app";
import { callerFor, type TestUser } from "../support/factories";
import { databaseFingerprint } from "./fingerprint";
import { matrix, type Access, type MatrixEntry } from "./matrix";
import { buildWorld, victimMarkers, type World } from "./world";

const procedures = (appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures;
const paths = Object.keys(procedures).sort();
let checked = 0;

type Identity = {
  name: string;
  user: (world: World) => TestUser | null;
  outsiderOfSameRank?: boolean;
  sameOrganization?: boolean;
};

const anonymous: Identity = { name: "signed out", user: () => null };
const identities = {
  victimMember: { name: "customer (member) of the account", user: (w: World) => w.victim.member.user },
  victimChampion: { name: "customer (champion) of the account", user: (w: World) => w.victim.champion.user },
  otherAccountChampion: {
    name: "customer of another account",
    user: (w: World) => w.victim.otherChampion.user,
    sameOrganization: true,
  },
  attackerChampion: { name: "customer of another organization", user: (w: World) => w.attacker.champion.user },
  victimCsm: { name: "CSM of the organization", user: (w: World) => w.victim.csm.user },
  victimAdmin: { name: "admin of the organization", user: (w: World) => w.victim.admin.user },
  victimOwner: { name: "owner of the organization", user: (w: World) => w.victim.owner.user },
  attackerCsm: { name: "CSM of another organization", user: (w: World) => w.attacker.csm.user },
  attackerAdmin: { name: "admin of another organization", user: (w: World) => w.attacker.admin.user },
  attackerOwner: { name: "owner of another organization", user: (w: World) => w.attacker.owner.user },
} satisfies Record<string, Identity>;

const lowestAllowed: Record<Access, Identity> = {
  public: anonymous,
  signedIn: identities.victimMember,
  customer: identities.victimMember,
  champion: identities.victimChampion,
  csm: identities.victimCsm,
  admin: identities.victimAdmin,
  owner: identities.victimOwner,
};

// Who must be refused (or, for context-scoped procedures, may call but must see nothing of the victim).
function callersFor(entry: MatrixEntry): Identity[] {
  const outsiders = (list: Identity[]) =>
    list.map((identity) => ({ ...identity, outsiderOfSameRank: entry.scope === "context" }));
  // Organization-wide content (tutorials) is legitimately readable by every account of that vendor.
  const sameVendorCustomer = entry.scope === "org-ids" ? [] : outsiders([identities.otherAccountChampion]);
  switch (entry.access) {
    case "public":
      // The forged token must be refused whoever presents it.
      return [anonymous, identities.victimMember, identities.attackerOwner];
    case "signedIn":
      return [anonymous];
    case "customer":
      return [anonymous, identities.victimCsm, ...sameVendorCustomer, ...outsiders([identities.attackerChampion])];
    case "champion":
      return [
        anonymous,
        identities.victimMember,
        identities.victimCsm,
        ...sameVendorCustomer,
        ...outsiders([identities.attackerChampion]),
      ];
    case "csm":
      return [
        anonymous,
        identities.victimChampion,
        identities.otherAccountChampion,
        identities.attackerChampion,
        ...outsiders([identities.attackerCsm, identities.attackerAdmin]),
      ];
    case "admin":
      return [
        anonymous,
        identities.victimChampion,
        identities.victimCsm,
        identities.attackerChampion,
        ...outsiders([identities.attackerAdmin, identities.attackerOwner]),
      ];
    case "owner":
      return [
        anonymous,
        identities.victimChampion,
        identities.victimCsm,
        identities.victimAdmin,
        ...outsiders([identities.attackerOwner]),
      ];
  }
}

async function call(world: World, path: string, user: TestUser | null, input: unknown) {
  const caller = callerFor(user) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const [namespace, name] = path.split(".") as [string, string];
  return caller[namespace]![name]!(input);
}

describe("every procedure has a matrix entry", () => {
  it("covers the whole router", () => {
    expect(paths.filter((path) => !matrix[path])).toEqual([]);
    expect(Object.keys(matrix).filter((path) => !paths.includes(path))).toEqual([]);
  });
});

describe.each(paths.filter((path) => matrix[path]))("%s", (path) => {
  const entry = matrix[path]!;

  it("rejects every caller below or outside its scope and changes nothing", async () => {
    const world = await buildWorld();
    const input = entry.input?.(world);
    for (const identity of callersFor(entry)) {
      const before = await databaseFingerprint();
      const outcome = await call(world, path, identity.user(world), input).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      checked++;
      if (outcome.ok && identity.outsiderOfSameRank) {
        const text = JSON.stringify(outcome.value);
        for (const marker of victimMarkers(world, identity.sameOrganization ? "same-organization" : "other-organization"))
          expect(text, `${identity.name} received victim data (${marker})`).not.toContain(marker);
        continue;
      }
      expect(outcome.ok, `${identity.name} was allowed to call ${path}`).toBe(false);
      if (!outcome.ok) {
        expect(outcome.error, `${identity.name}: expected a tRPC rejection`).toBeInstanceOf(TRPCError);
        expect((outcome.error as TRPCError).code, `${identity.name} caused an internal error`).not.toBe("INTERNAL_SERVER_ERROR");
        expect(await databaseFingerprint(), `${identity.name}'s rejected call changed the database`).toBe(before);
      }
    }
  });

  it(
    entry.access === "public" ? "is open without a session (tokens are checked above)" : "lets the lowest allowed role through",
    async () => {
      const world = await buildWorld();
      const identity = lowestAllowed[entry.access];
      const outcome = await call(world, path, identity.user(world), entry.input?.(world)).then(
        () => null,
        (error: unknown) => error,
      );
      checked++;
      if (outcome instanceof TRPCError)
        expect(["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "INTERNAL_SERVER_ERROR"]).not.toContain(outcome.code);
      else expect(outcome).toBeNull();
    },
  );
});

afterAll(() => {
  console.log(`\nTenant/role matrix: ${paths.length} procedures, ${checked} procedure × caller checks.`);
});
