-- AlterTable
ALTER TABLE "Petition" ADD COLUMN     "showPartners" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "partnerId" TEXT;

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "logoPath" TEXT,
    "countsTokenHash" BYTEA,
    "countsLinkIssuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Partner_code_key" ON "Partner"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_countsTokenHash_key" ON "Partner"("countsTokenHash");

-- CreateIndex
CREATE INDEX "Partner_origin_idx" ON "Partner"("origin");

-- CreateIndex
CREATE INDEX "Signature_partnerId_status_idx" ON "Signature"("partnerId", "status");

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;
