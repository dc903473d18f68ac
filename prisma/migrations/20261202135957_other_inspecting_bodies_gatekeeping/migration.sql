-- CreateEnum
CREATE TYPE "GatekeepingDecisionKind" AS ENUM ('NO_OBJECTION', 'NOT_TO_CARRY_OUT', 'NOT_IN_THAT_MANNER');

-- CreateTable
CREATE TABLE "OtherInspectingBody" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "inspects" TEXT NOT NULL,
    "notes" TEXT,
    "retiredOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sourceKey" TEXT,

    CONSTRAINT "OtherInspectingBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposedInspection" (
    "id" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "gatekeeperId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "covers" TEXT NOT NULL,
    "proposedOn" DATE NOT NULL,
    "fieldworkStart" DATE NOT NULL,
    "fieldworkEnd" DATE NOT NULL,
    "decision" "GatekeepingDecisionKind",
    "decidedOn" DATE,
    "decisionReasons" TEXT,
    "manner" TEXT,
    "correctionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposedInspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposedInspectionAgency" (
    "proposedInspectionId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,

    CONSTRAINT "ProposedInspectionAgency_pkey" PRIMARY KEY ("proposedInspectionId","agencyId")
);

-- CreateIndex
CREATE UNIQUE INDEX "OtherInspectingBody_name_key" ON "OtherInspectingBody"("name");

-- CreateIndex
CREATE UNIQUE INDEX "OtherInspectingBody_shortName_key" ON "OtherInspectingBody"("shortName");

-- CreateIndex
CREATE INDEX "ProposedInspection_gatekeeperId_fieldworkStart_idx" ON "ProposedInspection"("gatekeeperId", "fieldworkStart");

-- CreateIndex
CREATE INDEX "ProposedInspectionAgency_agencyId_idx" ON "ProposedInspectionAgency"("agencyId");

-- AddForeignKey
ALTER TABLE "OtherInspectingBody" ADD CONSTRAINT "OtherInspectingBody_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedInspection" ADD CONSTRAINT "ProposedInspection_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "OtherInspectingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedInspection" ADD CONSTRAINT "ProposedInspection_gatekeeperId_fkey" FOREIGN KEY ("gatekeeperId") REFERENCES "Inspectorate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedInspectionAgency" ADD CONSTRAINT "ProposedInspectionAgency_proposedInspectionId_fkey" FOREIGN KEY ("proposedInspectionId") REFERENCES "ProposedInspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedInspectionAgency" ADD CONSTRAINT "ProposedInspectionAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- By hand: what Prisma cannot express. Fieldwork ends on or after it starts, and a decision
-- comes with its day and reasons (a notice against the manner also names the manner).
ALTER TABLE "ProposedInspection" ADD CONSTRAINT "ProposedInspection_fieldwork_order"
  CHECK ("fieldworkEnd" >= "fieldworkStart");
ALTER TABLE "ProposedInspection" ADD CONSTRAINT "ProposedInspection_decision_whole"
  CHECK (("decision" IS NULL AND "decidedOn" IS NULL)
    OR ("decision" IS NOT NULL AND "decidedOn" IS NOT NULL AND "decisionReasons" IS NOT NULL
        AND ("decision" <> 'NOT_IN_THAT_MANNER' OR "manner" IS NOT NULL)));
