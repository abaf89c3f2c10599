-- CreateEnum
CREATE TYPE "EmailBatchStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'DELIVERY_DELAYED';

-- AlterTable
ALTER TABLE "EmailLog" ADD COLUMN     "batchId" TEXT,
ADD COLUMN     "batchPosition" INTEGER;

-- CreateTable
CREATE TABLE "EmailBatch" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "status" "EmailBatchStatus" NOT NULL DEFAULT 'PENDING',
    "emailCount" INTEGER NOT NULL,
    "body" BYTEA,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResendTeamLimit" (
    "id" TEXT NOT NULL,
    "nextSlotAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "quotaBlockedUntil" TIMESTAMP(3),
    "quotaError" TEXT,
    "quotaNotifiedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResendTeamLimit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmailBatch_idempotencyKey_key" ON "EmailBatch"("idempotencyKey");

-- CreateIndex
CREATE INDEX "EmailBatch_status_createdAt_idx" ON "EmailBatch"("status", "createdAt");

-- CreateIndex
CREATE INDEX "EmailLog_batchId_idx" ON "EmailLog"("batchId");

-- AddForeignKey
ALTER TABLE "EmailLog" ADD CONSTRAINT "EmailLog_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "EmailBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;
