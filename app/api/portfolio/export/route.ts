// CSV export of the portfolio with the same filters as the page, fetched through the procedure chain.
import { TRPCError } from "@trpc/server";
import { portfolioQuerySchema } from "@/lib/success/portfolio-query";
import { serverApi } from "@/server/trpc/server-caller";
import { toCsv } from "@/lib/csv";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = portfolioQuerySchema.safeParse({
    ...params,
    status: params.status || null,
    templateId: params.templateId || null,
    page: 1,
    pageSize: 100,
  });
  if (!parsed.success) return new Response("Invalid filters", { status: 400 });
  try {
    const api = await serverApi();
    const rows = [];
    for (let page = 1; ; page++) {
      const result = await api.portfolio.list({ ...parsed.data, page });
      rows.push(...result.rows);
      if (rows.length >= result.total || result.rows.length === 0) break;
    }
    const csv = toCsv(
      [
        "Account",
        "Stage",
        "Health",
        "Progress %",
        "Schedule",
        "Days since customer activity",
        "Days since vendor touch",
        "Overdue tasks",
        "Open help requests",
        "Next check-in",
        "Last check-in answer",
        "Template",
        "CSM",
      ],
      rows.map((row) => [
        row.name,
        row.status,
        row.healthScore,
        row.progressPercent,
        row.scheduleStatus,
        row.daysSinceCustomerActivity,
        row.daysSinceVendorTouch,
        row.overdueTasks,
        row.openHelpRequests,
        row.nextCheckInAt ? row.nextCheckInAt.toISOString().slice(0, 10) : null,
        row.lastCheckInAnswer,
        row.templateName,
        row.csmName,
      ]),
    );
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="portfolio.csv"' },
    });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")) {
      return new Response("Not allowed", { status: error.code === "UNAUTHORIZED" ? 401 : 403 });
    }
    throw error;
  }
}
