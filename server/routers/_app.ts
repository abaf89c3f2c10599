// The root router: one line per domain router.
import { router } from "../trpc/init";
import { accountRouter } from "./account";
import { accountTeamRouter } from "./account-team";
import { goalsRouter } from "./goals";
import { healthSettingsRouter } from "./health-settings";
import { helpRouter } from "./help";
import { checkInsRouter } from "./check-ins";
import { emailsRouter } from "./emails";
import { integrationsRouter } from "./integrations";
import { invitationsRouter } from "./invitations";
import { planRouter } from "./plan";
import { portfolioRouter } from "./portfolio";
import { tutorialsRouter } from "./tutorials";
import { settingsRouter } from "./settings";
import { ssoRouter } from "./sso";
import { templatesRouter } from "./templates";
import { viewerRouter } from "./viewer";
import { workspaceRouter } from "./workspace";

export const appRouter = router({
  viewer: viewerRouter,
  account: accountRouter,
  portfolio: portfolioRouter,
  healthSettings: healthSettingsRouter,
  invitations: invitationsRouter,
  workspace: workspaceRouter,
  plan: planRouter,
  tutorials: tutorialsRouter,
  goals: goalsRouter,
  help: helpRouter,
  accountTeam: accountTeamRouter,
  templates: templatesRouter,
  settings: settingsRouter,
  checkIns: checkInsRouter,
  emails: emailsRouter,
  integrations: integrationsRouter,
  sso: ssoRouter,
});

export type AppRouter = typeof appRouter;
