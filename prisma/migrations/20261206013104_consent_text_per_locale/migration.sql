-- The consent notice gets one row per language (a signer agrees to the text in the
-- language shown), and a signature records that language beside the version.

-- DropIndex
DROP INDEX "ConsentText_petitionId_version_key";

-- AlterTable
ALTER TABLE "ConsentText" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "consentLocale" TEXT NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE UNIQUE INDEX "ConsentText_petitionId_version_locale_key" ON "ConsentText"("petitionId", "version", "locale");

-- Hand-written: a translation kept in the old JSON column ({"az": {"text": "..."}})
-- becomes its own row before the column goes, so no wording is lost.
INSERT INTO "ConsentText" ("id", "petitionId", "version", "locale", "text", "createdAt")
SELECT 'c' || substr(md5(c."id" || ':' || t.key), 1, 24), c."petitionId", c."version", t.key, t.value ->> 'text', c."createdAt"
  FROM "ConsentText" c, jsonb_each(c."translations") AS t(key, value)
 WHERE c."locale" = 'en' AND jsonb_typeof(t.value) = 'object' AND coalesce(trim(t.value ->> 'text'), '') <> ''
ON CONFLICT DO NOTHING;

-- AlterTable
ALTER TABLE "ConsentText" DROP COLUMN "translations";
