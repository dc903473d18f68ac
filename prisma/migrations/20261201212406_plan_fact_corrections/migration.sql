-- AlterTable
ALTER TABLE "ActionPlan" ADD COLUMN     "laidCorrectedAt" TIMESTAMP(3),
ADD COLUMN     "publishedCorrectedAt" TIMESTAMP(3);
