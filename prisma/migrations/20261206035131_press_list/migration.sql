-- CreateEnum
CREATE TYPE "PressSubscriberStatus" AS ENUM ('PENDING', 'CONFIRMED', 'APPROVED');

-- CreateTable
CREATE TABLE "PressSubscriber" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "emailHash" BYTEA NOT NULL,
    "emailEncrypted" BYTEA NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "status" "PressSubscriberStatus" NOT NULL DEFAULT 'PENDING',
    "confirmTokenHash" BYTEA,
    "confirmExpiresAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressSubscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressMailing" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "embargoUntil" TIMESTAMP(3) NOT NULL,
    "recipients" INTEGER NOT NULL,
    "sentById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressMailing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PressSubscriber_emailHash_key" ON "PressSubscriber"("emailHash");

-- CreateIndex
CREATE UNIQUE INDEX "PressSubscriber_confirmTokenHash_key" ON "PressSubscriber"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "PressSubscriber_status_idx" ON "PressSubscriber"("status");

-- CreateIndex
CREATE INDEX "PressMailing_statementId_idx" ON "PressMailing"("statementId");

-- AddForeignKey
ALTER TABLE "PressMailing" ADD CONSTRAINT "PressMailing_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Scheduled statements were stored as PUBLISHED with a future publishAt; they are
-- SCHEDULED now, and the scheduler marks them PUBLISHED at their time.
UPDATE "Statement" SET "status" = 'SCHEDULED' WHERE "status" = 'PUBLISHED' AND "publishAt" > timezone('UTC', now());
