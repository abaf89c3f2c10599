// The portfolio's filters, sort orders and page size, validated once and shared by the list and the CSV export.
import { z } from "zod";

const portfolioSorts = [
  "health",
  "name",
  "progress",
  "lastActivity",
  "vendorTouch",
  "overdue",
  "nextCheckIn",
  "kickoff",
] as const;

export const portfolioQuerySchema = z.object({
  scope: z.enum(["mine", "all"]).default("mine"),
  filter: z.enum(["any", "atRisk", "stalled", "behind", "neglected"]).default("any"),
  status: z.enum(["ONBOARDING", "LIVE", "PAUSED", "CHURNED"]).nullable().default(null),
  templateId: z.string().max(64).nullable().default(null),
  search: z.string().trim().max(100).default(""),
  sort: z.enum(portfolioSorts).default("health"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});

export type PortfolioQuery = z.infer<typeof portfolioQuerySchema>;
export type PortfolioQueryInput = z.input<typeof portfolioQuerySchema>;

// Health below this is "at risk" (see healthBand in ../health/compute-health.ts).
export const atRiskBelow = 50;
