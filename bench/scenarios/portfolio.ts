// CSM portfolio over 10,000 accounts: first page, filter "at risk", sorted by health. The app side is
// portfolio.list over HTTP with a signed-in session (auth, membership check, service, serialization);
// the floor is the same page and counts as one hand-tuned SQL statement run directly with pg.
import { atRiskBelow } from "@/lib/success/portfolio-query";
import { timeSequential } from "../lib/stats";
import { queryUrl } from "../lib/trpc-http";
import { ms, type Scenario } from "./scenario";
import { todayIn } from "@/lib/time";

const input = { scope: "all", filter: "atRisk", sort: "health", direction: "asc", page: 1, pageSize: 25 } as const;

// Filter with the (organizationId, healthScore) index, take the page, then aggregate only its 25 rows.
export const portfolioFloorSql = `
  WITH filtered AS (
    SELECT a.id, a.name, a.status, a."kickoffDate", a."progressPercent", a."healthScore", a."lastCustomerActivityAt",
      a."lastVendorTouchAt", a."csmMembershipId", a."templateVersionId"
    FROM "CustomerAccount" a
    WHERE a."organizationId" = $1 AND a.status IN ('ONBOARDING', 'LIVE') AND a."healthScore" < $3
  ), page AS (
    SELECT * FROM filtered ORDER BY "healthScore" ASC NULLS LAST, id LIMIT 25
  )
  SELECT p.*, (SELECT count(*) FROM filtered)::int AS total, tmpl.name AS "templateName", u.name AS "csmName",
    t.overdue, t.behind, t.has_open, h.open_help, c.next_at, c.last_answer
  FROM page p
  LEFT JOIN "TemplateVersion" tv ON tv.id = p."templateVersionId"
  LEFT JOIN "ChecklistTemplate" tmpl ON tmpl.id = tv."templateId"
  LEFT JOIN "Membership" m ON m.id = p."csmMembershipId"
  LEFT JOIN "User" u ON u.id = m."userId"
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE status = 'OPEN' AND "dueDate" < $2)::int AS overdue,
      coalesce(bool_or(status = 'OPEN' AND required AND "dueDate" < $2), false) AS behind,
      coalesce(bool_or(status = 'OPEN'), false) AS has_open
    FROM "AccountTask" WHERE "customerAccountId" = p.id
  ) t ON true
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS open_help FROM "HelpRequest" WHERE "customerAccountId" = p.id AND status = 'OPEN'
  ) h ON true
  LEFT JOIN LATERAL (
    SELECT min("scheduledFor") FILTER (WHERE status = 'SCHEDULED') AS next_at,
      (array_agg(answer ORDER BY "answeredAt" DESC) FILTER (WHERE answer IS NOT NULL))[1] AS last_answer
    FROM "CheckIn" WHERE "customerAccountId" = p.id
  ) c ON true
  ORDER BY p."healthScore" ASC NULLS LAST, p.id`;

export const portfolioScenario: Scenario = {
  id: "portfolio",
  title: "CSM portfolio (10,000 accounts, at risk, by health)",
  async run(context) {
    const runs = context.quick ? 40 : 200;
    const warmup = context.quick ? 10 : 30;
    const url = queryUrl(context.baseUrl, "portfolio.list", input);
    const first = await fetch(url, { headers: { cookie: context.staffCookie } });
    if (!first.ok) throw new Error(`portfolio.list answered ${first.status}: ${(await first.text()).slice(0, 200)}`);
    const body = (await first.json()) as { result: { data: { json: { total: number } } } };
    const floorCheck = await context.pool.query(portfolioFloorSql, [
      context.organizationId,
      todayIn("UTC", new Date()),
      atRiskBelow,
    ]);
    const total = body.result.data.json.total;
    const floorTotal = (floorCheck.rows[0] as { total?: number } | undefined)?.total ?? 0;
    if (total !== floorTotal) throw new Error(`The app counts ${total} at-risk accounts, the floor ${floorTotal}`);

    const timeHttp = (target: string) =>
      timeSequential(
        async () => {
          const response = await fetch(target, { headers: { cookie: context.staffCookie } });
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`${target} answered ${response.status}`);
        },
        runs,
        warmup,
      );
    const app = await timeHttp(url);
    const floor = await timeSequential(
      () => context.pool.query(portfolioFloorSql, [context.organizationId, todayIn("UTC", new Date()), atRiskBelow]),
      runs,
      warmup,
    );
    // What any signed-in staff request costs before the portfolio's own work (session, membership, Next.js,
    // tRPC): the cheapest csmProcedure query, to read the gap between app and floor.
    const overhead = await timeHttp(queryUrl(context.baseUrl, "portfolio.formOptions", undefined));
    return {
      status: "measured",
      measurements: [
        { metric: "p50", app: ms(app.p50), reference: ms(floor.p50), target: "≤ 2× floor", met: app.p50 <= 2 * floor.p50 },
        { metric: "p95", app: ms(app.p95), reference: ms(floor.p95), target: "≤ 2× floor", met: app.p95 <= 2 * floor.p95 },
        { metric: "p95 (absolute)", app: ms(app.p95), reference: "", target: "< 150 ms", met: app.p95 < 150 },
      ],
      notes: [
        `${total} at-risk accounts; ${runs} sequential requests after ${warmup} warm-up. App = HTTP round trip of portfolio.list (session lookup, membership, service, superjson); floor = one SQL statement via pg.`,
        `A signed-in request to the cheapest staff procedure (portfolio.formOptions) takes ${ms(overhead.p50)} p50 / ${ms(overhead.p95)} p95 here: the fixed cost of Next.js, next-auth's session lookup, the membership check and tRPC that the SQL floor does not pay.`,
      ],
    };
  },
};
