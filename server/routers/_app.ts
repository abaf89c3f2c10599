// The root router: one line per domain router.
import { router } from "../trpc/init";
import { accountTeamRouter } from "./account-team";
import { goalsRouter } from "./goals";
import { helpRouter } from "./help";
import { invitationsRouter } from "./invitations";
import { planRouter } from "./plan";
import { tutorialsRouter } from "./tutorials";
import { portalRouter } from "./portal";
import { viewerRouter } from "./viewer";
import { workspaceRouter } from "./workspace";

export const appRouter = router({
  viewer: viewerRouter,
  invitations: invitationsRouter,
  portal: portalRouter,
  workspace: workspaceRouter,
  plan: planRouter,
  tutorials: tutorialsRouter,
  goals: goalsRouter,
  help: helpRouter,
  accountTeam: accountTeamRouter,
});

export type AppRouter = typeof appRouter;
