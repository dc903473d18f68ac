-- CreateEnum
CREATE TYPE "ActionPlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'LAID', 'PUBLISHED', 'IN_FOLLOW_UP', 'CLOSED');

-- CreateEnum
CREATE TYPE "ActionPlanReason" AS ENUM ('RATING', 'INSPECTION_FINDINGS', 'ESCALATION');

-- CreateEnum
CREATE TYPE "PlanActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "EscalationKind" AS ENUM ('ENHANCED_MONITORING', 'URGENT_NOTIFICATION', 'INDEPENDENT_REVIEW_OF_PROGRESS');

-- CreateEnum
CREATE TYPE "RecommendationSource" AS ENUM ('INSPECTION_REPORT', 'VICTIMS_COMMISSIONER_ANNUAL_REPORT', 'URGENT_NOTIFICATION');

-- CreateEnum
CREATE TYPE "RecommendationAnswer" AS ENUM ('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED');

-- CreateEnum
CREATE TYPE "ImplementationStatus" AS ENUM ('OPEN', 'IMPLEMENTED', 'NOT_IMPLEMENTED');

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "reason" "ActionPlanReason" NOT NULL,
    "ratingId" UUID,
    "inspectionId" UUID,
    "escalationId" UUID,
    "reviewingInspectorateId" UUID NOT NULL,
    "summary" TEXT NOT NULL,
    "status" "ActionPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "responsibleMinisterId" UUID NOT NULL,
    "laidOn" DATE,
    "paperReference" TEXT,
    "publishedOn" DATE,
    "publishedUrl" TEXT,
    "publishedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "targetDate" DATE NOT NULL,
    "status" "PlanActionStatus" NOT NULL DEFAULT 'NOT_STARTED',

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionProgress" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "note" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanEvent" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "fromStatus" "ActionPlanStatus",
    "toStatus" "ActionPlanStatus" NOT NULL,
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "comment" TEXT,

    CONSTRAINT "ActionPlanEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanVersion" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "actions" JSONB NOT NULL,
    "submittedBy" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" UUID NOT NULL,
    "kind" "EscalationKind" NOT NULL,
    "agencyId" UUID NOT NULL,
    "inspectorateId" UUID NOT NULL,
    "issuedOn" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "responseDueOn" DATE,
    "respondedOn" DATE,
    "endedOn" DATE,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" UUID NOT NULL,
    "source" "RecommendationSource" NOT NULL,
    "reportTitle" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "reference" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "inspectionId" UUID,
    "escalationId" UUID,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationResponse" (
    "id" UUID NOT NULL,
    "recommendationId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "dueOn" DATE,
    "answer" "RecommendationAnswer",
    "reasons" TEXT,
    "plannedActions" TEXT,
    "respondedOn" DATE,
    "respondedBy" TEXT,
    "implementation" "ImplementationStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RecommendationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActionPlan_agencyId_status_idx" ON "ActionPlan"("agencyId", "status");

-- CreateIndex
CREATE INDEX "ActionPlan_status_idx" ON "ActionPlan"("status");

-- CreateIndex
CREATE INDEX "PlanAction_planId_position_idx" ON "PlanAction"("planId", "position");

-- CreateIndex
CREATE INDEX "ActionProgress_actionId_recordedAt_idx" ON "ActionProgress"("actionId", "recordedAt");

-- CreateIndex
CREATE INDEX "ActionPlanEvent_planId_at_idx" ON "ActionPlanEvent"("planId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanVersion_planId_number_key" ON "ActionPlanVersion"("planId", "number");

-- CreateIndex
CREATE INDEX "Escalation_agencyId_idx" ON "Escalation"("agencyId");

-- CreateIndex
CREATE INDEX "RecommendationResponse_agencyId_dueOn_idx" ON "RecommendationResponse"("agencyId", "dueOn");

-- CreateIndex
CREATE INDEX "RecommendationResponse_dueOn_idx" ON "RecommendationResponse"("dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "RecommendationResponse_recommendationId_agencyId_key" ON "RecommendationResponse"("recommendationId", "agencyId");

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_escalationId_fkey" FOREIGN KEY ("escalationId") REFERENCES "Escalation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_reviewingInspectorateId_fkey" FOREIGN KEY ("reviewingInspectorateId") REFERENCES "Inspectorate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_responsibleMinisterId_fkey" FOREIGN KEY ("responsibleMinisterId") REFERENCES "Minister"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "LocalPolicingBody"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionProgress" ADD CONSTRAINT "ActionProgress_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "PlanAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanEvent" ADD CONSTRAINT "ActionPlanEvent_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanVersion" ADD CONSTRAINT "ActionPlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_inspectorateId_fkey" FOREIGN KEY ("inspectorateId") REFERENCES "Inspectorate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_escalationId_fkey" FOREIGN KEY ("escalationId") REFERENCES "Escalation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationResponse" ADD CONSTRAINT "RecommendationResponse_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationResponse" ADD CONSTRAINT "RecommendationResponse_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
