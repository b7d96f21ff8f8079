-- AlterTable
ALTER TABLE "DetaineeName" ADD COLUMN     "transliteration" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "reportedFromOwnStatement" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "archiveUrl" TEXT;

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "titleIsDescriptive" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "FactClaim" (
    "id" TEXT NOT NULL,
    "detaineeId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "valueDate" DATE,
    "datePrecision" "DatePrecision",
    "searchKey" TEXT,
    "sourceId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FactClaim_searchKey_idx" ON "FactClaim"("searchKey");

-- CreateIndex
CREATE UNIQUE INDEX "FactClaim_detaineeId_field_value_key" ON "FactClaim"("detaineeId", "field", "value");

-- AddForeignKey
ALTER TABLE "FactClaim" ADD CONSTRAINT "FactClaim_detaineeId_fkey" FOREIGN KEY ("detaineeId") REFERENCES "Detainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactClaim" ADD CONSTRAINT "FactClaim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A primary name is primary for the locale of its language: names made primary before
-- there was one per locale were the English (Latin) name shown everywhere.
UPDATE "DetaineeName" SET "lang" = 'en' WHERE "isPrimary" AND "lang" IS NULL;
