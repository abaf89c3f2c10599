// The scenario registry: one file per scenario, listed here in the order the table prints them.
// To add one, write bench/scenarios/<name>.ts exporting a Scenario and add it to this list.
import { checkInsScenario } from "./check-ins";
import { planPageScenario } from "./plan-page";
import { portfolioScenario } from "./portfolio";
import type { Scenario } from "./scenario";
import { taskCompletionScenario } from "./task-completion";
import { templateAnalyticsScenario } from "./template-analytics";

export const scenarios: Scenario[] = [
  portfolioScenario,
  taskCompletionScenario,
  templateAnalyticsScenario,
  checkInsScenario,
  planPageScenario,
];
