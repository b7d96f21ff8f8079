-- CreateTable
CREATE TABLE "TranslationStamp" (
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "englishHash" TEXT NOT NULL,
    "translatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranslationStamp_pkey" PRIMARY KEY ("entity","entityId","field","locale")
);

-- CreateIndex
CREATE INDEX "TranslationStamp_entity_entityId_idx" ON "TranslationStamp"("entity", "entityId");
