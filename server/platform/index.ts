// The platform module's public surface: audit log, activity timeline, file storage and the SQL side of time rules (the
// rules themselves are in lib/time). The demo seed is a
// separate entry point (`@/server/platform/demo`).
// Other modules, routers, jobs, app and scripts import from here; reaching into the files behind it is a lint error.
export { recordActivity } from "./activity/record-activity";
export { listAuditInput, listAuditLog } from "./audit/list-audit-log";
export { recordAudit } from "./audit/record-audit";
export { fileStorage } from "./storage/file-storage";
export { uploadImage, uploadImageInput } from "./storage/upload-image";
export { todayInZoneSql } from "./time/today-in-zone-sql";
export { listTimeline, timelineInput } from "./timeline/list-timeline";
export {
  defineSubscriber,
  deliverEvents,
  recordDomainEvent,
  recordDomainEvents,
  wakeEventDelivery,
  withoutWakeUps,
  type DeliveredEvent,
  type DomainEventMap,
  type DomainEventType,
  type EventActor,
  type NewDomainEvent,
  type Subscriber,
} from "./events";
export { logger } from "./logging/logger";
export { annotateRequest, requestIdFrom, runWithRequestContext } from "./logging/request-context";
export { checkReadiness } from "./operations/check-readiness";
