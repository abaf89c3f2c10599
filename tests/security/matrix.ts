// One entry per tRPC procedure: the lowest role allowed to call it, how its tenant scope is proven, and
// an input that points at the victim tenant's rows. The matrix test fails for a procedure without one.
import { randomUUID } from "node:crypto";
import type { World } from "./world";

// "public" procedures are authorised by a signed token in their input (one-click check-in answers,
// unsubscribe links), not by a session: the matrix calls them with a forged token.
export type Access = "public" | "signedIn" | "customer" | "champion" | "csm" | "admin" | "owner";

export type MatrixEntry = {
  access: Access;
  // "ids": the input names victim rows, so every outsider must be rejected.
  // "org-ids": the input names rows of the victim organization that all its accounts share (tutorials):
  //            outsiders from other organizations are rejected, customers of the same vendor are not.
  // "context": no ids; outsiders of the same rank may call it but must receive none of the victim's data.
  scope: "ids" | "org-ids" | "context";
  input?: (world: World) => unknown;
};

const account = (world: World) => ({ accountId: world.victim.account.id });
const customerTask = (world: World) => ({ taskId: world.ids.customerTaskId });
const forgedToken = "eyJjaGVja0luSWQiOiJ4In0.forged-signature-forged-signature";
const onePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
const templateDraft = {
  name: "Planted template",
  description: null,
  milestones: [
    {
      title: "Start",
      description: null,
      tasks: [{ title: "Do it", kind: "ACTION", owner: "CUSTOMER", dueOffsetDays: 1, required: true }],
    },
  ],
};

export const matrix: Record<string, MatrixEntry> = {
  "viewer.me": { access: "signedIn", scope: "context" },
  "workspace.team": { access: "admin", scope: "context" },
  "portfolio.list": { access: "csm", scope: "context", input: () => ({ scope: "all" }) },
  "portfolio.formOptions": { access: "csm", scope: "context" },
  "portfolio.alerts": { access: "csm", scope: "context", input: () => ({ mine: false }) },
  "portfolio.createAccount": {
    access: "csm",
    scope: "ids",
    input: (world) => ({
      name: "Planted account",
      templateId: world.ids.templateId,
      kickoffDate: "2026-12-01",
      csmMembershipId: world.victim.csm.membership.id,
      championEmail: "planted@example.test",
    }),
  },
  "portfolio.resolveAlert": { access: "csm", scope: "ids", input: (world) => ({ alertId: world.ids.alertId }) },
  "portfolio.templateAnalytics": { access: "csm", scope: "ids", input: (world) => ({ templateId: world.ids.templateId }) },
  "healthSettings.get": { access: "csm", scope: "context" },
  "healthSettings.update": {
    access: "admin",
    scope: "context",
    input: () => ({ weights: { schedule: 1, activity: 1, overdue: 1, checkIn: 1, help: 1, goals: 1, neglect: 1 } }),
  },
  "invitations.inviteStaff": {
    access: "admin",
    scope: "context",
    input: () => ({ email: "new-staff@example.test", role: "CSM" }),
  },
  "invitations.listStaff": { access: "admin", scope: "context" },
  "invitations.inviteAccountMember": {
    access: "csm",
    scope: "ids",
    input: (world) => ({ ...account(world), email: "planted@example.test" }),
  },
  "invitations.listForAccount": { access: "csm", scope: "ids", input: account },
  "invitations.revoke": { access: "csm", scope: "ids", input: (world) => ({ invitationId: world.ids.invitationId }) },
  "account.overview": { access: "csm", scope: "ids", input: account },
  "account.reassignCsm": { access: "csm", scope: "ids", input: (world) => ({ ...account(world), csmMembershipId: null }) },
  "account.changeKickoff": { access: "csm", scope: "ids", input: (world) => ({ ...account(world), kickoffDate: "2027-01-01" }) },
  "account.setStatus": { access: "csm", scope: "ids", input: (world) => ({ ...account(world), status: "CHURNED" }) },
  "account.nudge": { access: "csm", scope: "ids", input: account },
  "account.timeline": { access: "csm", scope: "ids", input: account },
  "account.health": { access: "csm", scope: "ids", input: account },
  "account.alerts": { access: "csm", scope: "ids", input: account },
  "account.notes": { access: "csm", scope: "ids", input: account },
  "account.addNote": { access: "csm", scope: "ids", input: (world) => ({ ...account(world), body: "planted" }) },
  "plan.get": { access: "customer", scope: "context" },
  "plan.forAccount": { access: "csm", scope: "ids", input: account },
  "plan.complete": { access: "customer", scope: "ids", input: customerTask },
  "plan.reopen": { access: "customer", scope: "ids", input: customerTask },
  "plan.answer": {
    access: "customer",
    scope: "ids",
    input: (world) => ({ taskId: world.ids.customerTaskId, answer: "Planted" }),
  },
  "plan.assign": { access: "champion", scope: "ids", input: (world) => ({ taskId: world.ids.customerTaskId, assigneeId: null }) },
  "plan.staffComplete": {
    access: "csm",
    scope: "ids",
    input: (world) => ({ ...account(world), taskId: world.ids.vendorTaskId }),
  },
  "plan.staffReopen": { access: "csm", scope: "ids", input: (world) => ({ ...account(world), taskId: world.ids.vendorTaskId }) },
  "tutorials.read": { access: "customer", scope: "org-ids", input: (world) => ({ tutorialId: world.ids.tutorialId }) },
  "tutorials.feedback": {
    access: "customer",
    scope: "org-ids",
    input: (world) => ({ tutorialId: world.ids.tutorialId, helpful: false }),
  },
  "goals.list": { access: "customer", scope: "context" },
  "goals.create": {
    access: "champion",
    scope: "context",
    input: () => ({ title: "Planted", metric: "Things", baseline: 0, target: 10, targetDate: "2027-06-01" }),
  },
  "goals.update": { access: "customer", scope: "ids", input: (world) => ({ goalId: world.ids.goalId, value: 3 }) },
  "goals.edit": {
    access: "champion",
    scope: "ids",
    input: (world) => ({ goalId: world.ids.goalId, title: "Defaced", metric: "Things", target: 99, targetDate: "2027-06-01" }),
  },
  "goals.abandon": { access: "champion", scope: "ids", input: (world) => ({ goalId: world.ids.goalId }) },
  "goals.remove": { access: "champion", scope: "ids", input: (world) => ({ goalId: world.ids.goalId }) },
  "goals.listForAccount": { access: "csm", scope: "ids", input: account },
  "goals.editForAccount": {
    access: "csm",
    scope: "ids",
    input: (world) => ({
      ...account(world),
      goalId: world.ids.goalId,
      title: "Defaced",
      metric: "Things",
      target: 99,
      targetDate: "2027-06-01",
    }),
  },
  "goals.abandonForAccount": { access: "csm", scope: "ids", input: (world) => ({ ...account(world), goalId: world.ids.goalId }) },
  "goals.removeForAccount": { access: "csm", scope: "ids", input: (world) => ({ ...account(world), goalId: world.ids.goalId }) },
  "goals.updateForAccount": {
    access: "csm",
    scope: "ids",
    input: (world) => ({ ...account(world), goalId: world.ids.goalId, value: 3 }),
  },
  "help.ask": { access: "customer", scope: "ids", input: (world) => ({ taskId: world.ids.customerTaskId, message: "Planted" }) },
  "help.mine": { access: "customer", scope: "context" },
  "help.listForAccount": { access: "csm", scope: "ids", input: account },
  "help.reply": {
    access: "csm",
    scope: "ids",
    input: (world) => ({ ...account(world), helpRequestId: world.ids.helpRequestId, body: "Planted" }),
  },
  "help.resolve": {
    access: "csm",
    scope: "ids",
    input: (world) => ({ ...account(world), helpRequestId: world.ids.helpRequestId }),
  },
  "accountTeam.list": { access: "customer", scope: "context" },
  "accountTeam.invite": { access: "champion", scope: "context", input: () => ({ email: "planted-colleague@example.test" }) },
  "tutorials.list": { access: "csm", scope: "context", input: () => ({}) },
  "tutorials.get": { access: "csm", scope: "ids", input: (world) => ({ tutorialId: world.ids.tutorialId }) },
  "tutorials.create": {
    access: "admin",
    scope: "context",
    input: () => ({ title: "Planted", bodyMarkdown: "x", estimatedMinutes: 1 }),
  },
  "tutorials.update": {
    access: "admin",
    scope: "ids",
    input: (world) => ({ tutorialId: world.ids.tutorialId, title: "Defaced", bodyMarkdown: "x", estimatedMinutes: 1 }),
  },
  "tutorials.publish": { access: "admin", scope: "ids", input: (world) => ({ tutorialId: world.ids.tutorialId }) },
  "tutorials.restoreVersion": {
    access: "admin",
    scope: "ids",
    input: (world) => ({ tutorialId: world.ids.tutorialId, versionId: world.ids.tutorialVersionId }),
  },
  "tutorials.setArchived": {
    access: "admin",
    scope: "ids",
    input: (world) => ({ tutorialId: world.ids.tutorialId, archived: true }),
  },
  "templates.list": { access: "csm", scope: "context" },
  "templates.get": { access: "csm", scope: "ids", input: (world) => ({ templateId: world.ids.templateId }) },
  "templates.create": { access: "admin", scope: "context", input: () => templateDraft },
  "templates.save": { access: "admin", scope: "ids", input: (world) => ({ templateId: world.ids.templateId, ...templateDraft }) },
  "templates.duplicate": { access: "admin", scope: "ids", input: (world) => ({ templateId: world.ids.templateId }) },
  "templates.publish": { access: "admin", scope: "ids", input: (world) => ({ templateId: world.ids.templateId }) },
  "settings.get": { access: "admin", scope: "context" },
  "settings.update": {
    access: "admin",
    scope: "context",
    input: () => ({
      name: "Renamed",
      logoUrl: null,
      brandColor: "#123456",
      checkInOffsets: [30],
      sendHour: 9,
      senderName: null,
      replyToEmail: null,
    }),
  },
  "settings.uploadImage": {
    access: "admin",
    scope: "context",
    input: () => ({ fileName: "x.png", contentType: "image/png", dataBase64: onePixelPng }),
  },
  "settings.changeRole": {
    access: "admin",
    scope: "ids",
    input: (world) => ({ membershipId: world.victim.csm.membership.id, role: "ADMIN" }),
  },
  "settings.removeMember": {
    access: "admin",
    scope: "ids",
    input: (world) => ({ membershipId: world.victim.csm.membership.id }),
  },
  "settings.audit": { access: "admin", scope: "context", input: () => ({}) },
  "sso.get": { access: "owner", scope: "context" },
  "sso.save": {
    access: "owner",
    scope: "context",
    // A fresh domain per test: a domain signs in through one organization only.
    input: () => ({
      enabled: true,
      issuer: "https://idp.example.test",
      clientId: "planted-client",
      clientSecret: "planted-secret",
      domains: [`planted-${randomUUID().slice(0, 8)}.example`],
      defaultRole: "CSM",
      requiredForStaff: false,
    }),
  },
  "sso.remove": { access: "owner", scope: "context" },
  "checkIns.list": { access: "csm", scope: "ids", input: account },
  "checkIns.sendNow": { access: "csm", scope: "ids", input: (world) => ({ ...account(world), checkInId: world.ids.checkInId }) },
  "checkIns.skip": { access: "csm", scope: "ids", input: (world) => ({ ...account(world), checkInId: world.ids.checkInId }) },
  "checkIns.describeAnswer": { access: "public", scope: "ids", input: () => ({ token: forgedToken }) },
  "checkIns.answer": { access: "public", scope: "ids", input: () => ({ token: forgedToken }) },
  "checkIns.comment": { access: "public", scope: "ids", input: () => ({ token: forgedToken, comment: "Planted" }) },
  "emails.templates": { access: "admin", scope: "context" },
  "emails.preview": { access: "admin", scope: "context", input: () => ({ name: "check-in" }) },
  "emails.log": { access: "admin", scope: "context", input: () => ({}) },
  "emails.sendStatus": { access: "admin", scope: "context" },
  "emails.describeUnsubscribe": { access: "public", scope: "ids", input: () => ({ token: forgedToken }) },
  "emails.unsubscribe": { access: "public", scope: "ids", input: () => ({ token: forgedToken, scope: "all" }) },
  "integrations.apiKeys": { access: "admin", scope: "context" },
  "integrations.createApiKey": { access: "admin", scope: "context", input: () => ({ name: "Planted", scopes: ["read"] }) },
  "integrations.revokeApiKey": { access: "admin", scope: "ids", input: (world) => ({ apiKeyId: world.ids.apiKeyId }) },
  "integrations.webhookEndpoints": { access: "admin", scope: "context" },
  "integrations.createWebhookEndpoint": {
    access: "admin",
    scope: "context",
    input: () => ({ url: "https://hooks.example.test/planted", eventTypes: ["task.completed"] }),
  },
  "integrations.rotateWebhookSecret": {
    access: "admin",
    scope: "ids",
    input: (world) => ({ endpointId: world.ids.webhookEndpointId }),
  },
  "integrations.enableWebhookEndpoint": {
    access: "admin",
    scope: "ids",
    input: (world) => ({ endpointId: world.ids.webhookEndpointId }),
  },
  "integrations.deleteWebhookEndpoint": {
    access: "admin",
    scope: "ids",
    input: (world) => ({ endpointId: world.ids.webhookEndpointId }),
  },
  "integrations.webhookDeliveries": {
    access: "admin",
    scope: "ids",
    input: (world) => ({ endpointId: world.ids.webhookEndpointId }),
  },
  "integrations.redeliverWebhook": {
    access: "admin",
    scope: "ids",
    input: (world) => ({ deliveryId: world.ids.webhookDeliveryId }),
  },
  "integrations.sendTestWebhook": {
    access: "admin",
    scope: "ids",
    input: (world) => ({ endpointId: world.ids.webhookEndpointId }),
  },
  "integrations.slackStatus": { access: "csm", scope: "context" },
  "integrations.connectSlack": {
    access: "csm",
    scope: "context",
    input: () => ({ target: "me", webhookUrl: "https://hooks.example.test/slack" }),
  },
  "integrations.disconnectSlack": { access: "csm", scope: "context", input: () => ({ target: "me" }) },
};
