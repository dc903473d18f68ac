-- AlterTable
ALTER TABLE "RatingImport" ADD COLUMN     "inspectorateIds" UUID[] DEFAULT ARRAY[]::UUID[];
