// The bench's pure helpers: percentiles, which scripts count as first-load JS, and that a seeded account
// is internally consistent. (The benchmarks themselves are run by `npm run bench`, never asserted here.)
import { describe, expect, it } from "vitest";
import { firstLoadScripts } from "../../bench/lib/first-load-js";
import { percentile } from "../../bench/lib/stats";
import { generateAccount, type SeedContext } from "../../bench/seed/generate-account";
import { seededRandom } from "../../bench/seed/random";
import { emptyRows, tables } from "../../bench/seed/rows";

describe("percentile", () => {
  it("picks a real sample by nearest rank", () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe("firstLoadScripts", () => {
  it("counts scripts and script preloads from the build, not noModule polyfills or other hosts", () => {
    const html = `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>
      <script src="/_next/static/chunks/b.js" async=""></script>
      <script src="/_next/static/chunks/polyfills.js" noModule=""></script>
      <script src="https://example.com/x.js"></script><script>self.__next_f.push([1,""])</script>`;
    expect(firstLoadScripts(html).sort()).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  });
});

describe("generateAccount", () => {
  const now = new Date(Date.UTC(2026, 10, 24, 12));
  const milestones = [
    {
      title: "Kickoff",
      tasks: [10, 20, 30].map((dueOffsetDays, index) => ({
        title: `Task ${index}`,
        kind: "ACTION",
        owner: "CUSTOMER",
        dueOffsetDays,
        required: true,
        tutorialId: null,
        meetingUrl: null,
        questionPrompt: null,
      })),
    },
  ];
  const context: SeedContext = {
    organizationId: "org",
    now,
    today: new Date(Date.UTC(2026, 10, 24)),
    csms: [{ membershipId: "m1", userId: "u1" }],
    pickTemplate: () => ({ versionId: "v1", milestones }),
  };

  it("builds rows whose progress matches the completed tasks, with one row shape per table", () => {
    const rows = emptyRows();
    const random = seededRandom(42);
    for (let index = 0; index < 50; index++) generateAccount(index, context, random, rows);
    expect(rows.CustomerAccount).toHaveLength(50);
    expect(rows.AccountTask).toHaveLength(150);
    expect(rows.CheckIn).toHaveLength(150);
    for (const [name, columns] of Object.entries(tables)) {
      for (const row of rows[name as keyof typeof tables]) expect(row).toHaveLength(columns.length);
    }
    const statusColumn = tables.AccountTask.findIndex(([column]) => column === "status");
    const progressColumn = tables.CustomerAccount.findIndex(([column]) => column === "progressPercent");
    for (const account of rows.CustomerAccount) {
      const tasks = rows.AccountTask.filter((task) => task[2] === account[0]);
      const done = tasks.filter((task) => task[statusColumn] === "DONE").length;
      expect(account[progressColumn]).toBe(Math.round((done / tasks.length) * 100));
    }
    const completedAt = tables.AccountTask.findIndex(([column]) => column === "completedAt");
    expect(rows.AccountTask.every((task) => !(task[completedAt] instanceof Date) || (task[completedAt] as Date) < now)).toBe(
      true,
    );
  });
});
