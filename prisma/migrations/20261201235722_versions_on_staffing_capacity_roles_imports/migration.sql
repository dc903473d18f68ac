-- AlterTable
ALTER TABLE "InspectionPhase" ADD COLUMN     "staffingVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "InspectorateCapacity" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "RoleAssignment" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "RatingImport" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
