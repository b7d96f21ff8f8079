-- CreateEnum
CREATE TYPE "LedgerEntryKind" AS ENUM ('ADD', 'REMOVE');

-- AlterEnum
ALTER TYPE "SignerRequestKind" ADD VALUE 'HIDE_NAME';

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "receiptCommitment" BYTEA;

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" BIGSERIAL NOT NULL,
    "petitionId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "kind" "LedgerEntryKind" NOT NULL,
    "commitment" BYTEA NOT NULL,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LedgerEntry_petitionId_day_idx" ON "LedgerEntry"("petitionId", "day");

-- CreateIndex
CREATE INDEX "LedgerEntry_commitment_idx" ON "LedgerEntry"("commitment");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_receiptCommitment_key" ON "Signature"("receiptCommitment");

-- Signatures counted before the ledger existed have no receipt: each gets a random
-- commitment that nobody can open, and enters the ledger today, so that the ledger's
-- size equals the public count from the start (docs/decisions/017-petition-ledger.md).
UPDATE "Signature"
   SET "receiptCommitment" = sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8'))
 WHERE "countedAt" IS NOT NULL AND "receiptCommitment" IS NULL;

INSERT INTO "LedgerEntry" ("petitionId", "day", "kind", "commitment")
SELECT "petitionId", timezone('UTC', now())::date, 'ADD', "receiptCommitment"
  FROM "Signature" WHERE "countedAt" IS NOT NULL;
