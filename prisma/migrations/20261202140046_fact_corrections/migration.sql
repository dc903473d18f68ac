-- AlterTable
ALTER TABLE "MinisterialDirection" ADD COLUMN     "correctedAt" TIMESTAMP(3),
ADD COLUMN     "correctionReason" TEXT,
ADD COLUMN     "withdrawalReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "correctedAt" TIMESTAMP(3),
ADD COLUMN     "correctionReason" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "withdrawalReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN     "correctedAt" TIMESTAMP(3),
ADD COLUMN     "correctionReason" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "withdrawalReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "RecommendationResponse" ADD COLUMN     "correctedAt" TIMESTAMP(3),
ADD COLUMN     "correctionReason" TEXT,
ADD COLUMN     "withdrawalReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "FactCorrection" (
    "id" UUID NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "withdrawn" BOOLEAN NOT NULL DEFAULT false,
    "before" JSONB NOT NULL,
    "after" JSONB,
    "reason" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FactCorrection_entityType_entityId_at_idx" ON "FactCorrection"("entityType", "entityId", "at");

-- The public pages read a correction through the record it corrects (correctedAt, withdrawnAt,
-- whose tables already bump the public content version). The history is bumped too, so that a
-- page that comes to show it publicly cannot serve a stale answer.
CREATE TRIGGER "public_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "FactCorrection"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
