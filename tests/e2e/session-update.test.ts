// A signed-in person can ask next-auth to "update" their session (what `useSession().update()` sends).
// Whatever they put in it, the session stays theirs: the user id, email and role come from the database,
// never from the request, and the answer never hands scripts the session token.
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { signIn } from "../support/browser";
import { browserAndTenantsForFile } from "../support/browser-suite";

const id = (person: { user: { id: string } }) => person.user.id;
const suite = browserAndTenantsForFile();

describe("session update", () => {
  it("cannot change the user id, email or role", async () => {
    const { champion, admin } = suite.tenants.victim;
    const page = await suite.browser.newPage();
    await signIn(page, champion.user.email);
    const sessionsBefore = await db.session.findMany({ where: { userId: champion.user.id }, select: { sessionToken: true } });

    const answer = await page.evaluate(
      async ({ id, email }) => {
        const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
        const update = await fetch("/api/auth/session", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ csrfToken, data: { user: { id, email, name: "Owner", role: "OWNER" }, role: "OWNER" } }),
        });
        const session = await (await fetch("/api/auth/session")).json();
        const viewer = await (await fetch("/api/trpc/viewer.me")).json();
        const portfolio = await fetch("/api/trpc/portfolio.formOptions");
        return { updateAnswer: await update.text(), session, viewer, portfolioStatus: portfolio.status };
      },
      { id: admin.user.id, email: admin.user.email },
    );

    // Neither the answer to the update nor any later read carries what was asked for.
    expect(answer.updateAnswer).not.toContain(id(admin));
    expect(answer.session.user).toEqual({ id: champion.user.id, email: champion.user.email, name: champion.user.name });
    // Scripts never see the session token: the cookie is httpOnly, and the session endpoint must not undo that.
    expect(Object.keys(answer.session).sort()).toEqual(["expires", "user"]);
    for (const { sessionToken } of sessionsBefore) {
      expect(answer.updateAnswer).not.toContain(sessionToken);
      expect(JSON.stringify(answer.session)).not.toContain(sessionToken);
    }
    expect(answer.viewer.result.data.json).toMatchObject({ id: champion.user.id, email: champion.user.email, staff: [] });
    // Still a customer: the staff API stays closed.
    expect(answer.portfolioStatus).toBe(403);
    // The database session still belongs to the same person.
    expect(await db.session.findMany({ where: { userId: champion.user.id }, select: { sessionToken: true } })).toEqual(
      sessionsBefore,
    );
    expect(await db.session.count({ where: { userId: admin.user.id } })).toBe(0);
    await page.close();
  });
});
