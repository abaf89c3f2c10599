// The root router: one line per domain router.
import { router } from "../trpc/init";
import { invitationsRouter } from "./invitations";
import { portalRouter } from "./portal";
import { settingsRouter } from "./settings";
import { templatesRouter } from "./templates";
import { tutorialsRouter } from "./tutorials";
import { viewerRouter } from "./viewer";
import { workspaceRouter } from "./workspace";

export const appRouter = router({
  viewer: viewerRouter,
  invitations: invitationsRouter,
  portal: portalRouter,
  workspace: workspaceRouter,
  tutorials: tutorialsRouter,
  templates: templatesRouter,
  settings: settingsRouter,
});

export type AppRouter = typeof appRouter;
