-- CreateEnum
CREATE TYPE "PublicChangeKind" AS ENUM ('UPDATE', 'CORRECTION');

-- CreateTable
CREATE TABLE "PublicChange" (
    "id" TEXT NOT NULL,
    "detaineeId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" JSONB,
    "toValue" JSONB,
    "kind" "PublicChangeKind" NOT NULL DEFAULT 'UPDATE',
    "note" TEXT,
    "sourceId" TEXT,
    "caseEventId" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublicChange_detaineeId_changedAt_idx" ON "PublicChange"("detaineeId", "changedAt");

-- AddForeignKey
ALTER TABLE "PublicChange" ADD CONSTRAINT "PublicChange_detaineeId_fkey" FOREIGN KEY ("detaineeId") REFERENCES "Detainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicChange" ADD CONSTRAINT "PublicChange_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicChange" ADD CONSTRAINT "PublicChange_caseEventId_fkey" FOREIGN KEY ("caseEventId") REFERENCES "CaseEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
