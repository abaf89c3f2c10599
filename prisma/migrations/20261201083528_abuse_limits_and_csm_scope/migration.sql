-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "csmsSeeOnlyOwnAccounts" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "tutorialImageHosts" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "name" TEXT;

-- DropTable
DROP TABLE "SignInAttempt";

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "RateLimitCounter_windowStart_idx" ON "RateLimitCounter"("windowStart");
