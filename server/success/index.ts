// The success module's public surface: health, alerts, portfolio, analytics, help requests and notes.
// Other modules, routers, jobs, app and scripts import from here; reaching into the files behind it is a lint error.
export { listOpenAlerts, resolveAlert } from "./alerts/list-alerts";
export { raiseAlert, raiseAlerts, resolveAlerts } from "./alerts/raise-alerts";
export { refreshAlerts } from "./alerts/refresh-alerts";
export { getTemplateAnalytics } from "./analytics/template-analytics";
export { explainAccountHealth } from "./health/explain-account-health";
export { refreshAccountHealth } from "./health/refresh-account-health";
export { refreshHealthScores } from "./health/refresh-health-scores";
export { getHealthWeights, updateHealthWeights } from "./health/update-health-weights";
export { replyHelpInput, replyToHelpRequest, resolveHelpInput, resolveHelpRequest } from "./help/answer-help-request";
export { createHelpRequest, createHelpRequestInput } from "./help/create-help-request";
export { listHelpRequests } from "./help/list-help-requests";
export { addNote, addNoteInput, listNotes } from "./notes/add-note";
export { listFormOptions } from "./portfolio/list-form-options";
export { listPortfolio } from "./portfolio/list-portfolio";
export { changeAccount, recordAccountEvents, settleAccount, type EmitEvent } from "./settle/change-account";
