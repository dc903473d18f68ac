-- AlterTable
ALTER TABLE "Escalation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
