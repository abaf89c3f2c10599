// What the demo organization is made of: tutorials, one onboarding template and a dozen accounts.
import type { SnapshotTask } from "@/server/onboarding";

export const demoStaff = [
  { email: "ada.admin@onward.test", name: "Ada Admin", role: "OWNER" as const },
  { email: "casey.csm@onward.test", name: "Casey Chen", role: "CSM" as const },
  { email: "sam.csm@onward.test", name: "Sam Rivera", role: "CSM" as const },
];

export const demoTutorials = [
  {
    key: "welcome",
    title: "Welcome to Acme Analytics",
    minutes: 3,
    body: `# Welcome aboard\n\nThis short tour shows what you will set up in your first weeks and **why it matters**.\n\n## What you will do\n\n1. Connect your data source\n2. Invite your team\n3. Build your first report\n\n> Tip: your CSM is one click away on every task — use **I'm stuck** whenever you are.`,
  },
  {
    key: "connect",
    title: "Connect your first data source",
    minutes: 6,
    body: `# Connect a data source\n\nGo to **Settings → Sources** and choose your warehouse.\n\n\`\`\`sql\n-- A read-only role is all Acme needs\nCREATE ROLE acme_reader LOGIN;\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO acme_reader;\n\`\`\`\n\n- Use a read-only role\n- Allow our IP range\n- Test the connection before saving`,
  },
  {
    key: "reports",
    title: "Build your first report",
    minutes: 8,
    body: `# Your first report\n\nStart from the **Weekly revenue** template, then change the grouping to your regions.\n\n## Share it\n\nClick **Share** and pick the people who read it every Monday.`,
  },
  {
    key: "automation",
    title: "Automate the weekly report",
    minutes: 5,
    body: `# Automate it\n\nSchedule the report to arrive every Monday at 8:00 — this is where most teams save hours each week.`,
  },
];

type DemoTask = Omit<SnapshotTask, "tutorialId" | "description" | "meetingUrl" | "questionPrompt"> & {
  tutorialKey?: string;
  description?: string;
  meetingUrl?: string;
  questionPrompt?: string;
};

export const demoTemplate: { name: string; milestones: { title: string; tasks: DemoTask[] }[] } = {
  name: "Standard onboarding",
  milestones: [
    {
      title: "Kickoff",
      tasks: [
        {
          title: "Watch the welcome tour",
          kind: "TUTORIAL",
          owner: "CUSTOMER",
          dueOffsetDays: 2,
          required: true,
          tutorialKey: "welcome",
        },
        {
          title: "Book the kickoff call",
          kind: "MEETING",
          owner: "CUSTOMER",
          dueOffsetDays: 3,
          required: true,
          meetingUrl: "https://cal.example.com/acme-kickoff",
        },
        {
          title: "Tell us your main goal",
          kind: "QUESTION",
          owner: "CUSTOMER",
          dueOffsetDays: 5,
          required: true,
          questionPrompt: "What must Acme achieve for you in the first 90 days?",
        },
        { title: "Prepare the workspace", kind: "ACTION", owner: "VENDOR", dueOffsetDays: 5, required: true },
      ],
    },
    {
      title: "Setup",
      tasks: [
        {
          title: "Connect your data source",
          kind: "TUTORIAL",
          owner: "CUSTOMER",
          dueOffsetDays: 10,
          required: true,
          tutorialKey: "connect",
        },
        { title: "Invite your team", kind: "ACTION", owner: "CUSTOMER", dueOffsetDays: 12, required: true },
        {
          title: "Review the data model together",
          kind: "MEETING",
          owner: "VENDOR",
          dueOffsetDays: 14,
          required: true,
          meetingUrl: "https://cal.example.com/acme-review",
        },
      ],
    },
    {
      title: "First value",
      tasks: [
        {
          title: "Build your first report",
          kind: "TUTORIAL",
          owner: "CUSTOMER",
          dueOffsetDays: 21,
          required: true,
          tutorialKey: "reports",
        },
        { title: "Share the report with your team", kind: "ACTION", owner: "CUSTOMER", dueOffsetDays: 25, required: true },
        {
          title: "Confirm the numbers match",
          kind: "QUESTION",
          owner: "CUSTOMER",
          dueOffsetDays: 28,
          required: false,
          questionPrompt: "Do the report's numbers match your own?",
        },
      ],
    },
    {
      title: "Adoption",
      tasks: [
        {
          title: "Automate the weekly report",
          kind: "TUTORIAL",
          owner: "CUSTOMER",
          dueOffsetDays: 40,
          required: true,
          tutorialKey: "automation",
        },
        {
          title: "Run the 60-day review",
          kind: "MEETING",
          owner: "VENDOR",
          dueOffsetDays: 60,
          required: true,
          meetingUrl: "https://cal.example.com/acme-60",
        },
      ],
    },
  ],
};

// Accounts at different stages: days since kickoff, share of tasks done, and days since last activity.
export const demoAccounts = [
  { name: "Globex", daysSinceKickoff: 95, donePercent: 100, idleDays: 2, csm: 1, goal: true },
  { name: "Initech", daysSinceKickoff: 80, donePercent: 85, idleDays: 4, csm: 1, goal: true },
  { name: "Umbrella Health", daysSinceKickoff: 70, donePercent: 40, idleDays: 21, csm: 1, goal: true },
  { name: "Stark Logistics", daysSinceKickoff: 62, donePercent: 75, idleDays: 1, csm: 2, goal: true },
  { name: "Wayne Retail", daysSinceKickoff: 45, donePercent: 60, idleDays: 3, csm: 2, goal: false },
  { name: "Hooli", daysSinceKickoff: 38, donePercent: 30, idleDays: 12, csm: 1, goal: true },
  { name: "Vandelay Imports", daysSinceKickoff: 30, donePercent: 50, idleDays: 0, csm: 2, goal: true },
  { name: "Pied Piper", daysSinceKickoff: 21, donePercent: 45, idleDays: 2, csm: 1, goal: false },
  { name: "Soylent Foods", daysSinceKickoff: 14, donePercent: 10, idleDays: 10, csm: 2, goal: false },
  { name: "Massive Dynamic", daysSinceKickoff: 7, donePercent: 25, idleDays: 1, csm: 1, goal: false },
  { name: "Cyberdyne", daysSinceKickoff: 2, donePercent: 0, idleDays: 2, csm: 2, goal: false },
  { name: "Tyrell Corp", daysSinceKickoff: -3, donePercent: 0, idleDays: 0, csm: 1, goal: false },
];

export function demoEmailFor(accountName: string, person: "champion" | "member"): string {
  const slug = accountName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return `${person}@${slug}.example.com`;
}
