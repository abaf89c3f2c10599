-- CreateTable
CREATE TABLE "DomainEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "accountId" TEXT,
    "streamKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DomainEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomainEventStream" (
    "key" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "head" INTEGER NOT NULL,

    CONSTRAINT "DomainEventStream_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "DomainEventCursor" (
    "subscriber" TEXT NOT NULL,
    "streamKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "leaseUntil" TIMESTAMP(3),
    "leaseToken" TEXT,
    "lastError" TEXT,

    CONSTRAINT "DomainEventCursor_pkey" PRIMARY KEY ("subscriber","streamKey")
);

-- CreateIndex
CREATE INDEX "DomainEvent_organizationId_occurredAt_idx" ON "DomainEvent"("organizationId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "DomainEvent_streamKey_position_key" ON "DomainEvent"("streamKey", "position");

-- CreateIndex
CREATE INDEX "DomainEventCursor_subscriber_nextAttemptAt_idx" ON "DomainEventCursor"("subscriber", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "DomainEvent" ADD CONSTRAINT "DomainEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainEventStream" ADD CONSTRAINT "DomainEventStream_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainEventCursor" ADD CONSTRAINT "DomainEventCursor_streamKey_fkey" FOREIGN KEY ("streamKey") REFERENCES "DomainEventStream"("key") ON DELETE CASCADE ON UPDATE CASCADE;
