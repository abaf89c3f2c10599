// The onboarding module's public surface: customer accounts, their plans, checklist templates and tutorials.
// Other modules, routers, jobs, app and scripts import from here; reaching into the files behind it is a lint error.
export { createAccountInput, createCustomerAccount } from "./accounts/create-customer-account";
export { getAccountOverview } from "./accounts/get-account-overview";
export {
  changeKickoffDate,
  kickoffInput,
  reassignCsm,
  reassignInput,
  setAccountStatus,
  statusInput,
} from "./accounts/manage-account";
export { answerTask, answerTaskInput } from "./plan/answer-task";
export { assignTask, assignTaskInput } from "./plan/assign-task";
export { getPlan } from "./plan/get-plan";
export { completeTask, completeTaskInput, reopenTask, taskIdInput } from "./plan/set-task-status";
export { getTemplate, listTemplates } from "./templates/list-templates";
export { publishTemplateVersion } from "./templates/publish-template-version";
export { createTemplate, duplicateTemplate, saveTemplateDraft } from "./templates/save-template-draft";
export { templateDraftInput, templateIdInput } from "./templates/template-input";
export type { SnapshotTask } from "./templates/template-snapshot";
export { getTutorial } from "./tutorials/get-tutorial";
export { listTutorials } from "./tutorials/list-tutorials";
export { publishTutorial, restoreTutorialVersion, setTutorialArchived } from "./tutorials/publish-tutorial";
export { readTutorial } from "./tutorials/read-tutorial";
export { createTutorial, updateTutorialDraft } from "./tutorials/save-tutorial-draft";
export { saveTutorialFeedback, tutorialFeedbackInput } from "./tutorials/save-tutorial-feedback";
export { listTutorialsInput, tutorialDraftInput, tutorialIdInput } from "./tutorials/tutorial-input";
