-- CreateEnum
CREATE TYPE "AgencyImportStatus" AS ENUM ('CHECKED', 'ACCEPTED', 'DISCARDED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AgencyKindCode" ADD VALUE 'HMCTS_REGION';
ALTER TYPE "AgencyKindCode" ADD VALUE 'PROBATION_DELIVERY_UNIT';

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "closedOn" DATE,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "AgencyFormerName" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "renamedOn" DATE NOT NULL,
    "renamedBy" TEXT NOT NULL,
    "renamedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgencyFormerName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyImport" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" "AgencyImportStatus" NOT NULL DEFAULT 'CHECKED',
    "rows" JSONB NOT NULL,
    "goodRows" INTEGER NOT NULL,
    "badRows" INTEGER NOT NULL,
    "checkedBy" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgencyImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgencyFormerName_agencyId_renamedOn_idx" ON "AgencyFormerName"("agencyId", "renamedOn");

-- AddForeignKey
ALTER TABLE "AgencyFormerName" ADD CONSTRAINT "AgencyFormerName_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The public may see an agency's former names, so writing them changes public content.
CREATE TRIGGER "public_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgencyFormerName"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
