-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AgencyKindCode" AS ENUM ('POLICE_FORCE', 'CPS', 'CPS_AREA', 'HMCTS', 'HMPPS', 'PROBATION_REGION', 'PRISON', 'YOUTH_OFFENDING_TEAM');

-- CreateEnum
CREATE TYPE "Country" AS ENUM ('ENGLAND', 'WALES', 'ENGLAND_AND_WALES');

-- CreateEnum
CREATE TYPE "LocalPolicingBodyKind" AS ENUM ('PCC', 'PFCC', 'MAYOR', 'COMMON_COUNCIL');

-- CreateTable
CREATE TABLE "DataSource" (
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "asAt" DATE NOT NULL,
    "url" TEXT,
    "checksum" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataSource_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Minister" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "notes" TEXT,
    "sourceKey" TEXT,

    CONSTRAINT "Minister_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspectorate" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "sponsoringMinisterId" UUID,
    "remit" TEXT,
    "sourceKey" TEXT,

    CONSTRAINT "Inspectorate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commissioner" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "remit" TEXT,
    "sourceKey" TEXT,

    CONSTRAINT "Commissioner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyKind" (
    "code" "AgencyKindCode" NOT NULL,
    "name" TEXT NOT NULL,
    "pluralName" TEXT NOT NULL,
    "responsibleMinisterId" UUID NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "sourceKey" TEXT,

    CONSTRAINT "AgencyKind_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kindCode" "AgencyKindCode" NOT NULL,
    "region" TEXT,
    "country" "Country" NOT NULL,
    "parentId" UUID,
    "notes" TEXT,
    "sourceKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalPolicingBody" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "LocalPolicingBodyKind" NOT NULL,
    "sourceKey" TEXT,

    CONSTRAINT "LocalPolicingBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalPolicingBodyTerm" (
    "id" UUID NOT NULL,
    "policeForceId" UUID NOT NULL,
    "localPolicingBodyId" UUID NOT NULL,
    "startsOn" DATE,
    "endsOn" DATE,
    "sourceKey" TEXT,

    CONSTRAINT "LocalPolicingBodyTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CpsAreaCoverage" (
    "cpsAreaId" UUID NOT NULL,
    "policeForceId" UUID NOT NULL,
    "partial" BOOLEAN NOT NULL DEFAULT false,
    "sourceKey" TEXT,

    CONSTRAINT "CpsAreaCoverage_pkey" PRIMARY KEY ("cpsAreaId","policeForceId")
);

-- CreateTable
CREATE TABLE "_InspectedBy" (
    "A" "AgencyKindCode" NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_InspectedBy_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Minister_title_key" ON "Minister"("title");

-- CreateIndex
CREATE UNIQUE INDEX "Inspectorate_name_key" ON "Inspectorate"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Inspectorate_shortName_key" ON "Inspectorate"("shortName");

-- CreateIndex
CREATE UNIQUE INDEX "Commissioner_name_key" ON "Commissioner"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Commissioner_shortName_key" ON "Commissioner"("shortName");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyKind_name_key" ON "AgencyKind"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_name_key" ON "Agency"("name");

-- CreateIndex
CREATE INDEX "Agency_kindCode_name_idx" ON "Agency"("kindCode", "name");

-- CreateIndex
CREATE INDEX "Agency_region_name_idx" ON "Agency"("region", "name");

-- CreateIndex
CREATE UNIQUE INDEX "LocalPolicingBody_name_key" ON "LocalPolicingBody"("name");

-- CreateIndex
CREATE INDEX "LocalPolicingBodyTerm_policeForceId_endsOn_idx" ON "LocalPolicingBodyTerm"("policeForceId", "endsOn");

-- CreateIndex
CREATE INDEX "LocalPolicingBodyTerm_localPolicingBodyId_idx" ON "LocalPolicingBodyTerm"("localPolicingBodyId");

-- CreateIndex
CREATE INDEX "CpsAreaCoverage_policeForceId_idx" ON "CpsAreaCoverage"("policeForceId");

-- CreateIndex
CREATE INDEX "_InspectedBy_B_index" ON "_InspectedBy"("B");

-- AddForeignKey
ALTER TABLE "Minister" ADD CONSTRAINT "Minister_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspectorate" ADD CONSTRAINT "Inspectorate_sponsoringMinisterId_fkey" FOREIGN KEY ("sponsoringMinisterId") REFERENCES "Minister"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspectorate" ADD CONSTRAINT "Inspectorate_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commissioner" ADD CONSTRAINT "Commissioner_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyKind" ADD CONSTRAINT "AgencyKind_responsibleMinisterId_fkey" FOREIGN KEY ("responsibleMinisterId") REFERENCES "Minister"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyKind" ADD CONSTRAINT "AgencyKind_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_kindCode_fkey" FOREIGN KEY ("kindCode") REFERENCES "AgencyKind"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalPolicingBody" ADD CONSTRAINT "LocalPolicingBody_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalPolicingBodyTerm" ADD CONSTRAINT "LocalPolicingBodyTerm_policeForceId_fkey" FOREIGN KEY ("policeForceId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalPolicingBodyTerm" ADD CONSTRAINT "LocalPolicingBodyTerm_localPolicingBodyId_fkey" FOREIGN KEY ("localPolicingBodyId") REFERENCES "LocalPolicingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalPolicingBodyTerm" ADD CONSTRAINT "LocalPolicingBodyTerm_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpsAreaCoverage" ADD CONSTRAINT "CpsAreaCoverage_cpsAreaId_fkey" FOREIGN KEY ("cpsAreaId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpsAreaCoverage" ADD CONSTRAINT "CpsAreaCoverage_policeForceId_fkey" FOREIGN KEY ("policeForceId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpsAreaCoverage" ADD CONSTRAINT "CpsAreaCoverage_sourceKey_fkey" FOREIGN KEY ("sourceKey") REFERENCES "DataSource"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InspectedBy" ADD CONSTRAINT "_InspectedBy_A_fkey" FOREIGN KEY ("A") REFERENCES "AgencyKind"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InspectedBy" ADD CONSTRAINT "_InspectedBy_B_fkey" FOREIGN KEY ("B") REFERENCES "Inspectorate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
