// The engagement module's public surface: check-ins, digests, reminders, nudges, the email log, preferences,
// delivery webhooks and the dev outbox.
// Other modules, routers, jobs, app and scripts import from here; reaching into the files behind it is a lint error.
export {
  addCheckInComment,
  answerTokenInput,
  commentInput,
  describeAnswerLink,
  recordCheckInAnswer,
} from "./checkins/answer-check-in";
export { dispatchDueCheckIns } from "./checkins/dispatch-due-check-ins";
export { checkInIdInput, listCheckIns, sendCheckInNow, skipCheckIn } from "./checkins/manage-check-ins";
export { cancelCheckIns, rescheduleCheckIns, resumeCheckIns } from "./checkins/reschedule-check-ins";
export { scheduleCheckIns } from "./checkins/schedule-check-ins";
export { sendCsmDigests } from "./digests/send-csm-digests";
export { emailLogInput, listEmailLog } from "./email-log/list-email-log";
export { listTemplates, previewTemplate } from "./email-log/preview-template";
export { describeUnsubscribe, unsubscribe, unsubscribeInput } from "./email-preferences/unsubscribe";
export { handleResendEvent, resendEventSchema } from "./email-webhooks/handle-resend-event";
export { nudgeInput, sendNudge } from "./nudges/send-nudge";
export { linksIn, listOutbox, readOutboxEmail } from "./outbox/read-outbox";
export { sendOverdueDigests } from "./reminders/send-overdue-digests";
export { getSendStatus } from "./email-log/get-send-status";
