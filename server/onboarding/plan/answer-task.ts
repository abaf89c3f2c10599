// A QUESTION task is completed by answering it; the answer is kept on the task for the CSM to read.
import { z } from "zod";
import { db } from "../../db";
import { DomainError } from "../../errors";
import type { AccountScope, Actor } from "@/server/identity/scope";
import { completeTask, findScopedTask, taskIdInput } from "./set-task-status";

export const answerTaskInput = taskIdInput.extend({
  answer: z.string().trim().min(1, "Write an answer first").max(5000, "Keep the answer under 5,000 characters"),
});

export async function answerTask(scope: AccountScope, taskId: string, answer: string, actor: Actor) {
  const task = await findScopedTask(db, scope, taskId);
  if (task.kind !== "QUESTION") throw new DomainError("BAD_REQUEST", "Only question tasks take an answer.");
  return completeTask(scope, taskId, actor, undefined, { answer });
}
