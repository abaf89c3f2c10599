// The load test's world, built with the test factories (the app's own services: a published template
// copied into each account's plan, check-ins scheduled as account creation does): one vendor, one
// tutorial, and `count` customer accounts, each with a champion and `tasksPerCustomer` open tasks.
// Call only after DATABASE_URL and AUTH_SECRET are set: the factories use the app's Prisma client.

export type LoadCustomer = {
  accountId: string;
  // Shown in the portal's header on every page.
  accountName: string;
  userId: string;
  // Open tasks the champion may complete, in plan order.
  taskIds: string[];
};

export type LoadWorld = { organizationId: string; tutorialId: string; customers: LoadCustomer[] };

const milestoneTitles = ["Kickoff", "Set up", "Connect data", "Invite the team", "Go live", "First value"];

function planOf(tasksPerCustomer: number, tutorialId: string) {
  const perMilestone = Math.ceil(tasksPerCustomer / milestoneTitles.length);
  return milestoneTitles
    .map((title, milestoneIndex) => ({
      title,
      tasks: Array.from({ length: perMilestone }, (_, taskIndex) => {
        const number = milestoneIndex * perMilestone + taskIndex;
        // The first task is reading the tutorial, as real plans start.
        return number === 0
          ? { title: "Read the getting-started guide", kind: "TUTORIAL" as const, tutorialId }
          : { title: `${title}: step ${taskIndex + 1}` };
      }).filter((_, taskIndex) => milestoneIndex * perMilestone + taskIndex < tasksPerCustomer),
    }))
    .filter((milestone) => milestone.tasks.length > 0);
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}

export async function seedCustomers(count: number, tasksPerCustomer: number): Promise<LoadWorld> {
  const { createAccount, createCustomer, createOrganization, createStaff, createTemplate, createTutorial } =
    await import("../support/factories");
  const { db } = await import("../../server/db");
  const organization = await createOrganization("Load");
  await createStaff(organization.id, "OWNER");
  const csm = await createStaff(organization.id, "CSM");
  const tutorial = await createTutorial(organization.id, {
    title: "Getting started",
    body: "## Welcome\n\nConnect your data, invite your team, and you are live.\n\n- Step one\n- Step two",
  });
  const { version } = await createTemplate(organization.id, planOf(tasksPerCustomer, tutorial.id));
  const customers = await inBatches(
    Array.from({ length: count }, (_, index) => index),
    8,
    async (index): Promise<LoadCustomer> => {
      const accountName = `Load customer ${index + 1}`;
      const account = await createAccount(organization.id, {
        name: accountName,
        templateVersionId: version.id,
        csmMembershipId: csm.membership.id,
      });
      const champion = await createCustomer(account, "CHAMPION");
      const tasks = await db.accountTask.findMany({
        where: { customerAccountId: account.id, owner: "CUSTOMER", status: "OPEN" },
        orderBy: [{ dueDate: "asc" }, { position: "asc" }],
        select: { id: true },
      });
      return { accountId: account.id, accountName, userId: champion.user.id, taskIds: tasks.map((task) => task.id) };
    },
  );
  return { organizationId: organization.id, tutorialId: tutorial.id, customers };
}
