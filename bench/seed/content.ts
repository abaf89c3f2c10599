// What the bench organization is made of: three onboarding templates of about 30 tasks each, tutorials,
// CSMs and company names. Generated from short lists so that 10,000 accounts look varied but stay cheap.
import type { SnapshotTask } from "../../server/onboarding/templates/template-snapshot";

export const benchOrganizationSlug = "bench";
export const benchOwnerEmail = "owner@bench.onward.test";
export const csmCount = 20;

export const tutorialTitles = [
  "Welcome tour",
  "Connect your data source",
  "Build your first report",
  "Automate the weekly report",
  "Set up single sign-on",
  "Create alerts for your team",
];

type TemplateSpec = { name: string; weight: number; milestones: { title: string; tasks: string[] }[]; spanDays: number };

const kinds: SnapshotTask["kind"][] = ["ACTION", "TUTORIAL", "ACTION", "QUESTION", "MEETING", "ACTION"];

export const templateSpecs: TemplateSpec[] = [
  {
    name: "Standard onboarding",
    weight: 0.6,
    spanDays: 60,
    milestones: [
      {
        title: "Kickoff",
        tasks: [
          "Watch the welcome tour",
          "Book the kickoff call",
          "Tell us your main goal",
          "Prepare the workspace",
          "Name your project owner",
        ],
      },
      {
        title: "Setup",
        tasks: [
          "Connect your data source",
          "Invite your team",
          "Review the data model",
          "Map your fields",
          "Confirm access rights",
        ],
      },
      {
        title: "First value",
        tasks: [
          "Build your first report",
          "Share the report",
          "Confirm the numbers match",
          "Present to your manager",
          "Pick a second report",
        ],
      },
      {
        title: "Team rollout",
        tasks: ["Train the analysts", "Run the admin session", "Set up single sign-on", "Create team folders", "Agree on naming"],
      },
      {
        title: "Automation",
        tasks: [
          "Automate the weekly report",
          "Create alerts",
          "Schedule exports",
          "Connect the chat app",
          "Clean up old reports",
        ],
      },
      {
        title: "Adoption",
        tasks: [
          "Review usage together",
          "Measure time saved",
          "Update your goal",
          "Plan the next quarter",
          "Sign off onboarding",
        ],
      },
    ],
  },
  {
    name: "Enterprise rollout",
    weight: 0.25,
    spanDays: 90,
    milestones: [
      {
        title: "Kickoff",
        tasks: [
          "Executive kickoff",
          "Security questionnaire",
          "Name the steering group",
          "Share the rollout plan",
          "Agree success criteria",
          "Book weekly syncs",
        ],
      },
      {
        title: "Integration",
        tasks: [
          "Set up single sign-on",
          "Provision users",
          "Connect the warehouse",
          "Connect the CRM",
          "Validate the data",
          "Sign off integration",
        ],
      },
      {
        title: "Pilot",
        tasks: [
          "Pick the pilot team",
          "Train the pilot team",
          "Build pilot reports",
          "Collect pilot feedback",
          "Fix pilot issues",
          "Pilot review",
        ],
      },
      {
        title: "Rollout",
        tasks: [
          "Train department leads",
          "Roll out to finance",
          "Roll out to sales",
          "Roll out to operations",
          "Publish the handbook",
          "Open office hours",
        ],
      },
      {
        title: "Value review",
        tasks: [
          "Measure adoption",
          "Measure time saved",
          "Executive review",
          "Renewal plan",
          "Close onboarding",
          "Case study interview",
        ],
      },
    ],
  },
  {
    name: "Self-serve quick start",
    weight: 0.15,
    spanDays: 30,
    milestones: [
      {
        title: "Get started",
        tasks: [
          "Watch the welcome tour",
          "Tell us your main goal",
          "Connect your data source",
          "Invite a colleague",
          "Pick a template",
          "Set your time zone",
          "Add your logo",
        ],
      },
      {
        title: "First report",
        tasks: [
          "Build your first report",
          "Share the report",
          "Schedule the report",
          "Create an alert",
          "Rate the tutorial",
          "Try the mobile app",
          "Explore the gallery",
        ],
      },
      {
        title: "Habits",
        tasks: [
          "Open a report weekly",
          "Comment on a chart",
          "Create a dashboard",
          "Invite your team",
          "Automate an export",
          "Connect the chat app",
          "Review usage",
        ],
      },
      {
        title: "Graduate",
        tasks: [
          "Measure time saved",
          "Update your goal",
          "Answer the survey",
          "Book a review",
          "Upgrade the plan",
          "Join the community",
          "Sign off onboarding",
        ],
      },
    ],
  },
];

// Tasks of a template as a published snapshot would hold them (kinds, owners and due offsets spread evenly).
export function templateTasks(spec: TemplateSpec, tutorialIds: string[]) {
  const total = spec.milestones.reduce((sum, milestone) => sum + milestone.tasks.length, 0);
  let index = 0;
  return spec.milestones.map((milestone) => ({
    title: milestone.title,
    tasks: milestone.tasks.map((title) => {
      const kind = kinds[index % kinds.length]!;
      const task = {
        title,
        kind,
        owner: (index % 5 === 3 ? "VENDOR" : "CUSTOMER") as SnapshotTask["owner"],
        dueOffsetDays: Math.max(1, Math.round(((index + 1) / total) * spec.spanDays)),
        required: index % 7 !== 6,
        tutorialId: kind === "TUTORIAL" ? tutorialIds[index % tutorialIds.length]! : null,
        meetingUrl: kind === "MEETING" ? "https://cal.example.com/bench" : null,
        questionPrompt: kind === "QUESTION" ? "What should this step achieve for you?" : null,
      };
      index++;
      return task;
    }),
  }));
}

const firstWords = [
  "Acme",
  "Globex",
  "Initech",
  "Umbrella",
  "Stark",
  "Wayne",
  "Hooli",
  "Vandelay",
  "Soylent",
  "Tyrell",
  "Cyberdyne",
  "Aperture",
  "Wonka",
  "Gringotts",
  "Monarch",
  "Oscorp",
  "Pied Piper",
  "Massive",
  "Dunder",
  "Prestige",
];
const secondWords = [
  "Analytics",
  "Logistics",
  "Health",
  "Foods",
  "Energy",
  "Media",
  "Bank",
  "Retail",
  "Labs",
  "Motors",
  "Travel",
  "Insurance",
  "Systems",
  "Studios",
  "Partners",
];

export function companyName(index: number): string {
  const first = firstWords[index % firstWords.length]!;
  const second = secondWords[Math.floor(index / firstWords.length) % secondWords.length]!;
  return `${first} ${second} ${index + 1}`;
}

export const timeZones = [
  "America/New_York",
  "America/Los_Angeles",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Tokyo",
  "Australia/Sydney",
  "UTC",
];
