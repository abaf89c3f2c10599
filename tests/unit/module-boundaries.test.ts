// The module boundaries are lint rules (eslint.config.mjs); these fixtures prove each rule bites, and that
// the imports it means to allow still pass.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((message) => message.message);
}

describe("module boundaries", () => {
  it("refuses a cross-module import of another module's internals, from either kind of path", async () => {
    expect(
      await boundaryErrors(
        "server/onboarding/plan/fixture.ts",
        'import { recordAudit as x } from "@/server/platform/audit/record-audit";',
      ),
    ).toEqual([expect.stringContaining('"@/server/platform"')]);
    expect(
      await boundaryErrors(
        "server/onboarding/plan/fixture.ts",
        'import { refreshAccountHealth as x } from "../../success/health/refresh-account-health";',
      ),
    ).toHaveLength(1);
  });

  it("allows the public surface, the named entry points and a module's own files", async () => {
    expect(
      await boundaryErrors("server/onboarding/plan/fixture.ts", 'import { recordAudit as x } from "@/server/platform";'),
    ).toEqual([]);
    expect(
      await boundaryErrors("server/onboarding/plan/fixture.ts", 'import { hasStaffRole as x } from "@/server/identity/scope";'),
    ).toEqual([]);
    expect(await boundaryErrors("server/onboarding/plan/fixture.ts", 'import { getPlan as x } from "./get-plan";')).toEqual([]);
    expect(await boundaryErrors("server/routers/fixture.ts", 'import { getPlan as x } from "@/server/onboarding";')).toEqual([]);
  });

  it("keeps routers, jobs and scripts off module internals", async () => {
    expect(
      await boundaryErrors("server/routers/fixture.ts", 'import { getPlan as x } from "../onboarding/plan/get-plan";'),
    ).toHaveLength(1);
    expect(
      await boundaryErrors("scripts/fixture.ts", 'import { seedDemo as x } from "../server/platform/demo/seed-demo";'),
    ).toHaveLength(1);
  });

  it("keeps modules off the transport and off their own index", async () => {
    expect(
      await boundaryErrors("server/value/goals/fixture.ts", 'import { csmProcedure as x } from "@/server/trpc/procedures";'),
    ).toHaveLength(1);
    expect(
      await boundaryErrors("server/value/goals/fixture.ts", 'import { listGoals as x } from "@/server/value";'),
    ).toHaveLength(1);
  });

  it("keeps email infrastructure off domain modules", async () => {
    expect(await boundaryErrors("server/email/fixture.ts", 'import { brandingOf as x } from "@/server/identity";')).toHaveLength(
      1,
    );
    expect(
      await boundaryErrors("server/email/fixture.ts", 'import { brandingOf as x } from "../identity/organizations/branding";'),
    ).toHaveLength(1);
  });

  it("keeps pages on procedures and components off server code apart from types", async () => {
    expect(
      await boundaryErrors("app/(csm)/workspace/fixture.tsx", 'import { listPortfolio as x } from "@/server/success";'),
    ).toHaveLength(1);
    expect(await boundaryErrors("app/(csm)/workspace/fixture.tsx", 'import { db as x } from "@/server/db";')).toHaveLength(1);
    expect(
      await boundaryErrors("app/api/fixture/route.ts", 'import { handleResendEvent as x } from "@/server/engagement";'),
    ).toEqual([]);
    expect(await boundaryErrors("components/fixture.tsx", 'import { listPortfolio as x } from "@/server/success";')).toHaveLength(
      1,
    );
    expect(
      await boundaryErrors("components/fixture.tsx", 'import type { AppRouter as x } from "@/server/routers/_app";'),
    ).toEqual([]);
  });
});

describe("proofs", () => {
  it("are minted by the procedure chain only, not by a module or a page", async () => {
    const mint = 'import { proveAccount as x } from "@/server/identity/scope";';
    expect(await boundaryErrors("server/success/help/fixture.ts", mint)).toEqual([
      expect.stringContaining("Only the procedure chain"),
    ]);
    expect(
      await boundaryErrors("server/identity/team/fixture.ts", 'import { proveOrganization as x } from "../scope";'),
    ).toHaveLength(1);
    expect(await boundaryErrors("app/(csm)/workspace/fixture.tsx", mint)).toHaveLength(1);
    expect(await boundaryErrors("server/trpc/fixture.ts", mint)).toEqual([]);
    expect(
      await boundaryErrors("server/success/help/fixture.ts", 'import type { AccountScope as x } from "@/server/identity/scope";'),
    ).toEqual([]);
  });
});
