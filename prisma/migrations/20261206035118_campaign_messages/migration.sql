-- CreateEnum
CREATE TYPE "CampaignMessageKind" AS ENUM ('ALERT', 'UPDATE');

-- CreateEnum
CREATE TYPE "CampaignMessageStatus" AS ENUM ('DRAFT', 'SENT');

-- CreateTable
CREATE TABLE "CampaignMessage" (
    "id" TEXT NOT NULL,
    "petitionId" TEXT NOT NULL,
    "kind" "CampaignMessageKind" NOT NULL,
    "detaineeId" TEXT,
    "content" JSONB NOT NULL,
    "status" "CampaignMessageStatus" NOT NULL DEFAULT 'DRAFT',
    "recipientCount" INTEGER,
    "createdById" TEXT,
    "sentById" TEXT,
    "sentAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CampaignMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailSuppression" (
    "addressHash" BYTEA NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailSuppression_pkey" PRIMARY KEY ("addressHash")
);

-- CreateIndex
CREATE INDEX "CampaignMessage_petitionId_createdAt_idx" ON "CampaignMessage"("petitionId", "createdAt");
