-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('DRAFT', 'AGREED', 'PUBLISHED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('JOINT_THEMATIC', 'CORE');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PhaseKind" AS ENUM ('SCOPING', 'FIELDWORK', 'REPORTING', 'PUBLICATION');

-- CreateEnum
CREATE TYPE "DirectionPeriod" AS ENUM ('PER_PROGRAMME', 'PER_YEAR');

-- CreateTable
CREATE TABLE "Programme" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'DRAFT',
    "revisesId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeStatusChange" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "fromStatus" "ProgrammeStatus",
    "toStatus" "ProgrammeStatus" NOT NULL,
    "changedBy" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,

    CONSTRAINT "ProgrammeStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "victimsThematic" BOOLEAN NOT NULL DEFAULT false,
    "theme" TEXT NOT NULL,
    "scopeStatement" TEXT NOT NULL,
    "leadInspectorateId" UUID NOT NULL,
    "status" "InspectionStatus" NOT NULL DEFAULT 'PLANNED',
    "cancellationReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionPartner" (
    "inspectionId" UUID NOT NULL,
    "inspectorateId" UUID NOT NULL,

    CONSTRAINT "InspectionPartner_pkey" PRIMARY KEY ("inspectionId","inspectorateId")
);

-- CreateTable
CREATE TABLE "InspectionScopeKind" (
    "inspectionId" UUID NOT NULL,
    "agencyKindCode" "AgencyKindCode" NOT NULL,

    CONSTRAINT "InspectionScopeKind_pkey" PRIMARY KEY ("inspectionId","agencyKindCode")
);

-- CreateTable
CREATE TABLE "InspectionLocality" (
    "inspectionId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,

    CONSTRAINT "InspectionLocality_pkey" PRIMARY KEY ("inspectionId","agencyId")
);

-- CreateTable
CREATE TABLE "InspectionPhase" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "plannedStart" DATE NOT NULL,
    "plannedEnd" DATE NOT NULL,
    "actualStart" DATE,
    "actualEnd" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "InspectionPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhaseStaffing" (
    "phaseId" UUID NOT NULL,
    "inspectorateId" UUID NOT NULL,
    "inspectorWeeks" DECIMAL(6,1) NOT NULL,

    CONSTRAINT "PhaseStaffing_pkey" PRIMARY KEY ("phaseId","inspectorateId")
);

-- CreateTable
CREATE TABLE "PhaseDateChange" (
    "id" UUID NOT NULL,
    "phaseId" UUID NOT NULL,
    "plannedStart" DATE NOT NULL,
    "plannedEnd" DATE NOT NULL,
    "actualStart" DATE,
    "actualEnd" DATE,
    "changedBy" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,

    CONSTRAINT "PhaseDateChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionStatusChange" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "fromStatus" "InspectionStatus",
    "toStatus" "InspectionStatus" NOT NULL,
    "changedBy" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,

    CONSTRAINT "InspectionStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectorateCapacity" (
    "inspectorateId" UUID NOT NULL,
    "quarterStart" DATE NOT NULL,
    "inspectorWeeks" DECIMAL(6,1) NOT NULL,

    CONSTRAINT "InspectorateCapacity_pkey" PRIMARY KEY ("inspectorateId","quarterStart")
);

-- CreateTable
CREATE TABLE "MinisterialDirection" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "givenOn" DATE NOT NULL,
    "inForceFrom" DATE NOT NULL,
    "inForceUntil" DATE,
    "minimumThematics" INTEGER NOT NULL,
    "period" "DirectionPeriod" NOT NULL,
    "requirement" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinisterialDirection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectionMinister" (
    "directionId" UUID NOT NULL,
    "ministerId" UUID NOT NULL,

    CONSTRAINT "DirectionMinister_pkey" PRIMARY KEY ("directionId","ministerId")
);

-- CreateTable
CREATE TABLE "DirectionScopeKind" (
    "directionId" UUID NOT NULL,
    "agencyKindCode" "AgencyKindCode" NOT NULL,

    CONSTRAINT "DirectionScopeKind_pkey" PRIMARY KEY ("directionId","agencyKindCode")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Programme_revisesId_key" ON "Programme"("revisesId");

-- CreateIndex
CREATE INDEX "Programme_status_startsOn_idx" ON "Programme"("status", "startsOn");

-- CreateIndex
CREATE INDEX "ProgrammeStatusChange_programmeId_changedAt_idx" ON "ProgrammeStatusChange"("programmeId", "changedAt");

-- CreateIndex
CREATE INDEX "Inspection_programmeId_idx" ON "Inspection"("programmeId");

-- CreateIndex
CREATE INDEX "InspectionLocality_agencyId_idx" ON "InspectionLocality"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionPhase_inspectionId_kind_key" ON "InspectionPhase"("inspectionId", "kind");

-- CreateIndex
CREATE INDEX "PhaseDateChange_phaseId_changedAt_idx" ON "PhaseDateChange"("phaseId", "changedAt");

-- CreateIndex
CREATE INDEX "InspectionStatusChange_inspectionId_changedAt_idx" ON "InspectionStatusChange"("inspectionId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "MinisterialDirection_reference_key" ON "MinisterialDirection"("reference");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_revisesId_fkey" FOREIGN KEY ("revisesId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeStatusChange" ADD CONSTRAINT "ProgrammeStatusChange_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_leadInspectorateId_fkey" FOREIGN KEY ("leadInspectorateId") REFERENCES "Inspectorate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPartner" ADD CONSTRAINT "InspectionPartner_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPartner" ADD CONSTRAINT "InspectionPartner_inspectorateId_fkey" FOREIGN KEY ("inspectorateId") REFERENCES "Inspectorate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionScopeKind" ADD CONSTRAINT "InspectionScopeKind_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionLocality" ADD CONSTRAINT "InspectionLocality_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionLocality" ADD CONSTRAINT "InspectionLocality_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPhase" ADD CONSTRAINT "InspectionPhase_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseStaffing" ADD CONSTRAINT "PhaseStaffing_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "InspectionPhase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseStaffing" ADD CONSTRAINT "PhaseStaffing_inspectorateId_fkey" FOREIGN KEY ("inspectorateId") REFERENCES "Inspectorate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseDateChange" ADD CONSTRAINT "PhaseDateChange_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "InspectionPhase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionStatusChange" ADD CONSTRAINT "InspectionStatusChange_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectorateCapacity" ADD CONSTRAINT "InspectorateCapacity_inspectorateId_fkey" FOREIGN KEY ("inspectorateId") REFERENCES "Inspectorate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectionMinister" ADD CONSTRAINT "DirectionMinister_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "MinisterialDirection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectionMinister" ADD CONSTRAINT "DirectionMinister_ministerId_fkey" FOREIGN KEY ("ministerId") REFERENCES "Minister"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectionScopeKind" ADD CONSTRAINT "DirectionScopeKind_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "MinisterialDirection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
