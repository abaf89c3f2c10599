// The root router: one line per domain router.
import { router } from "../trpc/init";
import { accountRouter } from "./account";
import { healthSettingsRouter } from "./health-settings";
import { invitationsRouter } from "./invitations";
import { portfolioRouter } from "./portfolio";
import { portalRouter } from "./portal";
import { viewerRouter } from "./viewer";
import { workspaceRouter } from "./workspace";

export const appRouter = router({
  viewer: viewerRouter,
  account: accountRouter,
  portfolio: portfolioRouter,
  healthSettings: healthSettingsRouter,
  invitations: invitationsRouter,
  portal: portalRouter,
  workspace: workspaceRouter,
});

export type AppRouter = typeof appRouter;
