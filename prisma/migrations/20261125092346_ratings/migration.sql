-- CreateEnum
CREATE TYPE "RatingImportStatus" AS ENUM ('CHECKED', 'ACCEPTED', 'DISCARDED');

-- CreateTable
CREATE TABLE "CommonGrade" (
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "triggersActionPlan" BOOLEAN NOT NULL,
    "description" TEXT,

    CONSTRAINT "CommonGrade_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "RatingArea" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "RatingArea_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "RatingFramework" (
    "id" UUID NOT NULL,
    "inspectorateId" UUID,
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "validFrom" DATE,
    "validUntil" DATE,
    "notes" TEXT,
    "sourceKey" TEXT,

    CONSTRAINT "RatingFramework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkAgencyKind" (
    "frameworkId" UUID NOT NULL,
    "agencyKindCode" "AgencyKindCode" NOT NULL,

    CONSTRAINT "FrameworkAgencyKind_pkey" PRIMARY KEY ("frameworkId","agencyKindCode")
);

-- CreateTable
CREATE TABLE "FrameworkArea" (
    "frameworkId" UUID NOT NULL,
    "areaCode" TEXT NOT NULL,

    CONSTRAINT "FrameworkArea_pkey" PRIMARY KEY ("frameworkId","areaCode")
);

-- CreateTable
CREATE TABLE "RatingGrade" (
    "id" UUID NOT NULL,
    "frameworkId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "commonGradeCode" TEXT NOT NULL,

    CONSTRAINT "RatingGrade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "frameworkId" UUID NOT NULL,
    "areaCode" TEXT NOT NULL,
    "gradeId" UUID NOT NULL,
    "inspectionId" UUID,
    "ratedOn" DATE NOT NULL,
    "rationale" TEXT NOT NULL,
    "importId" UUID,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingImport" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" "RatingImportStatus" NOT NULL DEFAULT 'CHECKED',
    "rows" JSONB NOT NULL,
    "goodRows" INTEGER NOT NULL,
    "badRows" INTEGER NOT NULL,
    "checkedBy" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "RatingImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommonGrade_label_key" ON "CommonGrade"("label");

-- CreateIndex
CREATE UNIQUE INDEX "CommonGrade_rank_key" ON "CommonGrade"("rank");

-- CreateIndex
CREATE UNIQUE INDEX "RatingArea_name_key" ON "RatingArea"("name");

-- CreateIndex
CREATE UNIQUE INDEX "RatingFramework_name_version_key" ON "RatingFramework"("name", "version");

-- CreateIndex
CREATE UNIQUE INDEX "RatingGrade_frameworkId_label_key" ON "RatingGrade"("frameworkId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "RatingGrade_frameworkId_rank_key" ON "RatingGrade"("frameworkId", "rank");

-- CreateIndex
CREATE INDEX "Rating_areaCode_agencyId_ratedOn_idx" ON "Rating"("areaCode", "agencyId", "ratedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_agencyId_frameworkId_areaCode_ratedOn_key" ON "Rating"("agencyId", "frameworkId", "areaCode", "ratedOn");

-- AddForeignKey
ALTER TABLE "RatingFramework" ADD CONSTRAINT "RatingFramework_inspectorateId_fkey" FOREIGN KEY ("inspectorateId") REFERENCES "Inspectorate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingFramework" ADD CONSTRAINT "RatingFramework_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkAgencyKind" ADD CONSTRAINT "FrameworkAgencyKind_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "RatingFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkArea" ADD CONSTRAINT "FrameworkArea_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "RatingFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkArea" ADD CONSTRAINT "FrameworkArea_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "RatingArea"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingGrade" ADD CONSTRAINT "RatingGrade_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "RatingFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingGrade" ADD CONSTRAINT "RatingGrade_commonGradeCode_fkey" FOREIGN KEY ("commonGradeCode") REFERENCES "CommonGrade"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "RatingFramework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "RatingArea"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_gradeId_fkey" FOREIGN KEY ("gradeId") REFERENCES "RatingGrade"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_importId_fkey" FOREIGN KEY ("importId") REFERENCES "RatingImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;
