-- CreateTable
CREATE TABLE "InspectionBurdenThreshold" (
    "agencyKindCode" "AgencyKindCode" NOT NULL,
    "warnFromVisit" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sourceKey" TEXT,

    CONSTRAINT "InspectionBurdenThreshold_pkey" PRIMARY KEY ("agencyKindCode")
);

-- AddForeignKey
ALTER TABLE "InspectionBurdenThreshold" ADD CONSTRAINT "InspectionBurdenThreshold_agencyKindCode_fkey" FOREIGN KEY ("agencyKindCode") REFERENCES "AgencyKind"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionBurdenThreshold" ADD CONSTRAINT "InspectionBurdenThreshold_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;
