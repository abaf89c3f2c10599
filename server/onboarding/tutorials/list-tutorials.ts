// The tutorial library as staff see it: search by title, filter by status, newest edits first.
import { db } from "../../db";
import type { ProvenOrganizationId } from "../../identity/scope";
import type { z } from "zod";
import type { listTutorialsInput } from "./tutorial-input";

export async function listTutorials(organizationId: ProvenOrganizationId, filter: z.infer<typeof listTutorialsInput>) {
  const tutorials = await db.tutorial.findMany({
    where: {
      organizationId,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.search ? { title: { contains: filter.search, mode: "insensitive" as const } } : {}),
    },
    orderBy: { updatedAt: "desc" },
    take: 500,
    select: {
      id: true,
      title: true,
      summary: true,
      status: true,
      estimatedMinutes: true,
      updatedAt: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, createdAt: true } },
    },
  });
  return tutorials.map(({ versions, ...tutorial }) => ({ ...tutorial, latestVersion: versions[0] ?? null }));
}
