-- CreateTable
CREATE TABLE "DomainEventSubscriber" (
    "name" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DomainEventSubscriber_pkey" PRIMARY KEY ("name")
);
