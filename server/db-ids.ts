// Row ids for the few statements that insert with raw SQL (batched writes of the check-in worker), in the
// shape of Prisma's cuid() ids: "c", the time in base 36, a per-process counter and random characters,
// 25 characters in all. Prisma generates ids in the client, so raw inserts must bring their own.
import { randomBytes } from "node:crypto";

let counter = Math.floor(Math.random() * 36 ** 4);

export function newRowId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const random = BigInt(`0x${randomBytes(8).toString("hex")}`)
    .toString(36)
    .padStart(12, "0")
    .slice(-12);
  return `c${time}${counter.toString(36).padStart(4, "0")}${random}`;
}
