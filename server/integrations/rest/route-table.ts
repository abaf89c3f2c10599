// Every REST route of /api/v1, in one list: the dispatcher, the OpenAPI document and the security
// matrix are all derived from it.
import type { RouteDefinition } from "./define-route";
import { accountRoutes } from "./routes/account-routes";
import { checkInRoutes } from "./routes/check-in-routes";
import { feedRoutes } from "./routes/feed-routes";
import { goalRoutes } from "./routes/goal-routes";
import { peopleRoutes } from "./routes/people-routes";
import { taskRoutes } from "./routes/task-routes";

export const routes: readonly RouteDefinition[] = [
  ...accountRoutes,
  ...peopleRoutes,
  ...taskRoutes,
  ...goalRoutes,
  ...checkInRoutes,
  ...feedRoutes,
];
