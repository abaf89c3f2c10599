// Every status an email log row can have, in the order a send moves through them (one home for the email
// log's filter and its zod input).
export const emailStatuses = [
  "QUEUED",
  "SENT",
  "DELIVERY_DELAYED",
  "DELIVERED",
  "OPENED",
  "BOUNCED",
  "COMPLAINED",
  "FAILED",
  "SUPPRESSED",
] as const;

export type EmailStatusName = (typeof emailStatuses)[number];
