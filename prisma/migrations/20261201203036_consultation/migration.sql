-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ConsulteeResponseOutcome" AS ENUM ('RECEIVED', 'WAIVED', 'NONE_RECEIVED');

-- CreateTable
CREATE TABLE "StatutoryConsultee" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "notes" TEXT,
    "retiredOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sourceKey" TEXT,

    CONSTRAINT "StatutoryConsultee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "runById" UUID NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "status" "ConsultationStatus" NOT NULL DEFAULT 'OPEN',
    "openedBy" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT,
    "closedBy" TEXT,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationProposal" (
    "id" UUID NOT NULL,
    "consultationId" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "leadShortName" TEXT NOT NULL,
    "leadInspectorateId" UUID NOT NULL,
    "partnerShortNames" TEXT[],
    "kindsInScope" "AgencyKindCode"[],
    "victimsThematic" BOOLEAN NOT NULL,

    CONSTRAINT "ConsultationProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsulteeResponse" (
    "id" UUID NOT NULL,
    "consultationId" UUID NOT NULL,
    "consulteeId" UUID NOT NULL,
    "outcome" "ConsulteeResponseOutcome" NOT NULL,
    "receivedOn" DATE,
    "text" TEXT,
    "attachments" TEXT[],
    "inspectorateAgreedOn" DATE,
    "consulteeAgreedOn" DATE,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "correctionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ConsulteeResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicResponse" (
    "id" UUID NOT NULL,
    "consultationId" UUID NOT NULL,
    "respondent" TEXT NOT NULL,
    "organisation" TEXT,
    "receivedOn" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicResponseProposal" (
    "publicResponseId" UUID NOT NULL,
    "proposalId" UUID NOT NULL,

    CONSTRAINT "PublicResponseProposal_pkey" PRIMARY KEY ("publicResponseId","proposalId")
);

-- CreateIndex
CREATE UNIQUE INDEX "StatutoryConsultee_name_key" ON "StatutoryConsultee"("name");

-- CreateIndex
CREATE UNIQUE INDEX "StatutoryConsultee_shortName_key" ON "StatutoryConsultee"("shortName");

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_programmeId_key" ON "Consultation"("programmeId");

-- CreateIndex
CREATE INDEX "Consultation_status_closesOn_idx" ON "Consultation"("status", "closesOn");

-- CreateIndex
CREATE INDEX "ConsultationProposal_consultationId_position_idx" ON "ConsultationProposal"("consultationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationProposal_consultationId_inspectionId_key" ON "ConsultationProposal"("consultationId", "inspectionId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsulteeResponse_consultationId_consulteeId_key" ON "ConsulteeResponse"("consultationId", "consulteeId");

-- CreateIndex
CREATE INDEX "PublicResponse_consultationId_receivedOn_idx" ON "PublicResponse"("consultationId", "receivedOn");

-- CreateIndex
CREATE INDEX "PublicResponseProposal_proposalId_idx" ON "PublicResponseProposal"("proposalId");

-- AddForeignKey
ALTER TABLE "StatutoryConsultee" ADD CONSTRAINT "StatutoryConsultee_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_runById_fkey" FOREIGN KEY ("runById") REFERENCES "Inspectorate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationProposal" ADD CONSTRAINT "ConsultationProposal_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsulteeResponse" ADD CONSTRAINT "ConsulteeResponse_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsulteeResponse" ADD CONSTRAINT "ConsulteeResponse_consulteeId_fkey" FOREIGN KEY ("consulteeId") REFERENCES "StatutoryConsultee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicResponse" ADD CONSTRAINT "PublicResponse_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicResponseProposal" ADD CONSTRAINT "PublicResponseProposal_publicResponseId_fkey" FOREIGN KEY ("publicResponseId") REFERENCES "PublicResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicResponseProposal" ADD CONSTRAINT "PublicResponseProposal_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "ConsultationProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
