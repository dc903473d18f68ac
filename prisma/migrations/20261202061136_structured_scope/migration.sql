-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "administrationOnlyStatement" TEXT;

-- CreateTable
CREATE TABLE "ScopeFunction" (
    "id" UUID NOT NULL,
    "agencyKindCode" "AgencyKindCode" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retiredOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sourceKey" TEXT,

    CONSTRAINT "ScopeFunction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionScopeFunction" (
    "inspectionId" UUID NOT NULL,
    "scopeFunctionId" UUID NOT NULL,

    CONSTRAINT "InspectionScopeFunction_pkey" PRIMARY KEY ("inspectionId","scopeFunctionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScopeFunction_agencyKindCode_name_key" ON "ScopeFunction"("agencyKindCode", "name");

-- CreateIndex
CREATE INDEX "InspectionScopeFunction_scopeFunctionId_idx" ON "InspectionScopeFunction"("scopeFunctionId");

-- AddForeignKey
ALTER TABLE "ScopeFunction" ADD CONSTRAINT "ScopeFunction_agencyKindCode_fkey" FOREIGN KEY ("agencyKindCode") REFERENCES "AgencyKind"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeFunction" ADD CONSTRAINT "ScopeFunction_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionScopeFunction" ADD CONSTRAINT "InspectionScopeFunction_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionScopeFunction" ADD CONSTRAINT "InspectionScopeFunction_scopeFunctionId_fkey" FOREIGN KEY ("scopeFunctionId") REFERENCES "ScopeFunction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
