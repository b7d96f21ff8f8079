-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "confirmLinksSent" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "invalidationId" TEXT;

-- CreateIndex
CREATE INDEX "Signature_invalidationId_idx" ON "Signature"("invalidationId");
