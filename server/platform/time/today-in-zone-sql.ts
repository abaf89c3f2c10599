// "Today" in SQL, in each account's own time zone: the twin of todayIn (lib/time) for the queries that
// judge overdue work (portfolio, health refresh, alert detection). A task is overdue when its due date
// is before this. tests/integration/overdue-parity.test.ts runs both on the same fixtures.
import { Prisma } from "../../generated/prisma/client";

// `zone` names the column holding the IANA zone, e.g. Prisma.sql`a.timezone`.
export const todayInZoneSql = (now: Date, zone: Prisma.Sql) =>
  Prisma.sql`((${now.toISOString()}::timestamptz AT TIME ZONE ${zone})::date)`;
