-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "DetentionStatus" AS ENUM ('IN_DETENTION', 'POLICE_CUSTODY', 'ADMINISTRATIVE_DETENTION', 'PRE_TRIAL_DETENTION', 'HOUSE_ARREST', 'ON_TRIAL', 'CONVICTED_AWAITING_APPEAL', 'SERVING_SENTENCE', 'RELEASED', 'ACQUITTED', 'TRAVEL_BAN', 'EXILED', 'DISAPPEARED', 'DIED_IN_CUSTODY');

-- CreateEnum
CREATE TYPE "Certainty" AS ENUM ('KNOWN', 'BELIEVED');

-- CreateEnum
CREATE TYPE "NameScript" AS ENUM ('LATIN', 'CYRILLIC', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('NGO', 'MOVEMENT', 'MEDIA', 'INTERGOVERNMENTAL', 'POLITICAL_PARTY', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseEventType" AS ENUM ('ARREST', 'SEARCH', 'PRETRIAL_ORDER', 'PRETRIAL_EXTENSION', 'CHARGE_ADDED', 'CHARGE_DROPPED', 'TRANSFER', 'HEARING', 'VERDICT', 'APPEAL', 'CASSATION', 'ECHR_FILING', 'ECHR_JUDGMENT', 'ILL_TREATMENT', 'HUNGER_STRIKE', 'HEALTH_ALERT', 'PARDON', 'RELEASE', 'REARREST', 'RECOGNITION', 'STATEMENT', 'STATUS_CHANGE', 'OTHER');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'HIDDEN');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('JOINT_STATEMENT', 'PRESS_RELEASE', 'UN_STATEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "PetitionStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "SignatureStatus" AS ENUM ('PENDING', 'CONFIRMED', 'INVALIDATED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "SignerRequestKind" AS ENUM ('ACCESS', 'ERASE');

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "callToAction" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "petitionId" TEXT,
    "sourceId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publishedOn" DATE,
    "datePrecision" "DatePrecision",
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "OrganisationKind" NOT NULL DEFAULT 'NGO',
    "url" TEXT,
    "description" TEXT,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "unnamedCount" INTEGER NOT NULL DEFAULT 0,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Detainee" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "occupation" TEXT,
    "affiliationId" TEXT,
    "caseId" TEXT,
    "bio" TEXT,
    "dateOfBirth" DATE,
    "dateOfBirthPrecision" "DatePrecision",
    "status" "DetentionStatus" NOT NULL,
    "statusCertainty" "Certainty" NOT NULL DEFAULT 'KNOWN',
    "statusConfirmedOn" DATE,
    "statusConfirmedPrecision" "DatePrecision",
    "arrestDate" DATE,
    "arrestDatePrecision" "DatePrecision",
    "placeOfDetention" TEXT,
    "sentence" TEXT,
    "releaseDate" DATE,
    "releaseDatePrecision" "DatePrecision",
    "releaseType" TEXT,
    "photoPath" TEXT,
    "photoCredit" TEXT,
    "photoLicence" TEXT,
    "photoSourceUrl" TEXT,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Detainee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DetaineeSlug" (
    "slug" TEXT NOT NULL,
    "detaineeId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DetaineeSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "DetaineeName" (
    "id" TEXT NOT NULL,
    "detaineeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "script" "NameScript" NOT NULL DEFAULT 'LATIN',
    "lang" TEXT,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "searchKey" TEXT NOT NULL,
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DetaineeName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DetaineeSource" (
    "id" TEXT NOT NULL,
    "detaineeId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "DetaineeSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Charge" (
    "id" TEXT NOT NULL,
    "detaineeId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "article" TEXT,
    "code" TEXT,
    "addedOn" DATE,
    "addedPrecision" "DatePrecision",
    "droppedOn" DATE,
    "droppedPrecision" "DatePrecision",
    "translations" JSONB NOT NULL DEFAULT '{}',
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL,
    "detaineeId" TEXT NOT NULL,
    "type" "CaseEventType" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "title" TEXT NOT NULL,
    "description" TEXT,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "body" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL DEFAULT 'JOINT_STATEMENT',
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "translations" JSONB NOT NULL DEFAULT '{}',
    "sourceId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "organisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "sourceId" TEXT,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementSignatory" (
    "statementId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "StatementSignatory_pkey" PRIMARY KEY ("statementId","organisationId")
);

-- CreateTable
CREATE TABLE "StatementDetainee" (
    "statementId" TEXT NOT NULL,
    "detaineeId" TEXT NOT NULL,

    CONSTRAINT "StatementDetainee_pkey" PRIMARY KEY ("statementId","detaineeId")
);

-- CreateTable
CREATE TABLE "PressContact" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "languages" TEXT[],
    "organisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PressContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Petition" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "targets" TEXT[],
    "goal" INTEGER NOT NULL DEFAULT 10000,
    "status" "PetitionStatus" NOT NULL DEFAULT 'DRAFT',
    "opensAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "anonymisedAt" TIMESTAMP(3),
    "translations" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Petition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentText" (
    "id" TEXT NOT NULL,
    "petitionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signature" (
    "id" TEXT NOT NULL,
    "petitionId" TEXT NOT NULL,
    "emailHash" BYTEA NOT NULL,
    "emailDomainHash" BYTEA,
    "emailEncrypted" BYTEA,
    "name" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "showPublicly" BOOLEAN NOT NULL DEFAULT false,
    "contactOptIn" BOOLEAN NOT NULL DEFAULT false,
    "consentVersion" INTEGER NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "status" "SignatureStatus" NOT NULL DEFAULT 'PENDING',
    "suspect" BOOLEAN NOT NULL DEFAULT false,
    "suspectReason" TEXT,
    "confirmTokenHash" BYTEA,
    "confirmExpiresAt" TIMESTAMP(3),
    "ipHash" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "countedAt" TIMESTAMP(3),
    "invalidatedAt" TIMESTAMP(3),
    "invalidReason" TEXT,
    "anonymisedAt" TIMESTAMP(3),

    CONSTRAINT "Signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PetitionTally" (
    "petitionId" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PetitionTally_pkey" PRIMARY KEY ("petitionId","country")
);

-- CreateTable
CREATE TABLE "SignerRequest" (
    "id" TEXT NOT NULL,
    "petitionId" TEXT NOT NULL,
    "kind" "SignerRequestKind" NOT NULL,
    "emailHash" BYTEA NOT NULL,
    "tokenHash" BYTEA NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignerRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "passwordHash" TEXT NOT NULL,
    "totpSecretEncrypted" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "disabledAt" TIMESTAMP(3),
    "sessionsValidAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMP(3),
    "invitedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffInvite" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" BYTEA NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "changes" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "to" TEXT,
    "template" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CaseEventToSource" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CaseEventToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_slug_key" ON "Campaign"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_petitionId_key" ON "Campaign"("petitionId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Case_slug_key" ON "Case"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Detainee_slug_key" ON "Detainee"("slug");

-- CreateIndex
CREATE INDEX "Detainee_published_status_idx" ON "Detainee"("published", "status");

-- CreateIndex
CREATE INDEX "DetaineeName_searchKey_idx" ON "DetaineeName"("searchKey");

-- CreateIndex
CREATE UNIQUE INDEX "DetaineeName_detaineeId_name_key" ON "DetaineeName"("detaineeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "DetaineeSource_detaineeId_sourceId_field_key" ON "DetaineeSource"("detaineeId", "sourceId", "field");

-- CreateIndex
CREATE INDEX "CaseEvent_detaineeId_occurredOn_idx" ON "CaseEvent"("detaineeId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_slug_key" ON "Statement"("slug");

-- CreateIndex
CREATE INDEX "Statement_status_publishAt_idx" ON "Statement"("status", "publishAt");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_name_organisationId_key" ON "Speaker"("name", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Petition_slug_key" ON "Petition"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentText_petitionId_version_key" ON "ConsentText"("petitionId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_confirmTokenHash_key" ON "Signature"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "Signature_petitionId_status_countedAt_idx" ON "Signature"("petitionId", "status", "countedAt");

-- CreateIndex
CREATE INDEX "Signature_createdAt_idx" ON "Signature"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_petitionId_emailHash_key" ON "Signature"("petitionId", "emailHash");

-- CreateIndex
CREATE UNIQUE INDEX "SignerRequest_tokenHash_key" ON "SignerRequest"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvite_tokenHash_key" ON "StaffInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_nextAttemptAt_idx" ON "EmailOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "_CaseEventToSource_B_index" ON "_CaseEventToSource"("B");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Detainee" ADD CONSTRAINT "Detainee_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Detainee" ADD CONSTRAINT "Detainee_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DetaineeSlug" ADD CONSTRAINT "DetaineeSlug_detaineeId_fkey" FOREIGN KEY ("detaineeId") REFERENCES "Detainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DetaineeName" ADD CONSTRAINT "DetaineeName_detaineeId_fkey" FOREIGN KEY ("detaineeId") REFERENCES "Detainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DetaineeName" ADD CONSTRAINT "DetaineeName_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DetaineeSource" ADD CONSTRAINT "DetaineeSource_detaineeId_fkey" FOREIGN KEY ("detaineeId") REFERENCES "Detainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DetaineeSource" ADD CONSTRAINT "DetaineeSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_detaineeId_fkey" FOREIGN KEY ("detaineeId") REFERENCES "Detainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_detaineeId_fkey" FOREIGN KEY ("detaineeId") REFERENCES "Detainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speaker" ADD CONSTRAINT "Speaker_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSignatory" ADD CONSTRAINT "StatementSignatory_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSignatory" ADD CONSTRAINT "StatementSignatory_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementDetainee" ADD CONSTRAINT "StatementDetainee_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementDetainee" ADD CONSTRAINT "StatementDetainee_detaineeId_fkey" FOREIGN KEY ("detaineeId") REFERENCES "Detainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressContact" ADD CONSTRAINT "PressContact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentText" ADD CONSTRAINT "ConsentText_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionTally" ADD CONSTRAINT "PetitionTally_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffInvite" ADD CONSTRAINT "StaffInvite_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CaseEventToSource" ADD CONSTRAINT "_CaseEventToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "CaseEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CaseEventToSource" ADD CONSTRAINT "_CaseEventToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
