// The root router: one line per domain router.
import { router } from "../trpc/init";
import { checkInsRouter } from "./check-ins";
import { emailsRouter } from "./emails";
import { invitationsRouter } from "./invitations";
import { portalRouter } from "./portal";
import { viewerRouter } from "./viewer";
import { workspaceRouter } from "./workspace";

export const appRouter = router({
  viewer: viewerRouter,
  invitations: invitationsRouter,
  portal: portalRouter,
  workspace: workspaceRouter,
  checkIns: checkInsRouter,
  emails: emailsRouter,
});

export type AppRouter = typeof appRouter;
