// The dev outbox: emails that were not sent through Resend, newest first, with their rendered bodies.
import { db } from "../../db";

export async function listOutbox(limit = 100) {
  return db.emailLog.findMany({
    where: { transport: "OUTBOX" },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, toEmail: true, subject: true, template: true, status: true, createdAt: true },
  });
}

export async function readOutboxEmail(id: string) {
  return db.emailLog.findFirst({ where: { id, transport: "OUTBOX" } });
}

// The links in an email, so a developer (or a browser test) can follow them without a mail client.
export function linksIn(html: string): string[] {
  const links = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
  return [...new Set(links)].filter((link) => link.startsWith("http"));
}
