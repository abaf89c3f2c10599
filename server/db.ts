// The one Prisma client of the process (Prisma 7, Rust-free, over node-postgres).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { getEnv } from "./env";

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

const globalForPrisma = globalThis as unknown as { onwardPrisma?: PrismaClient };

// Reused across hot reloads in development so that each edit does not open a new pool.
function sharedClient(): PrismaClient {
  globalForPrisma.onwardPrisma ??= createPrismaClient(getEnv().DATABASE_URL, getEnv().DATABASE_POOL_SIZE);
  return globalForPrisma.onwardPrisma;
}

// Resolved lazily so importing this module never needs a database (e.g. during `next build`).
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = sharedClient();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

export type { PrismaClient };
