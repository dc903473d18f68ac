-- CreateTable
CREATE TABLE "AgencyReopening" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "closedOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "reopenedBy" TEXT NOT NULL,
    "reopenedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgencyReopening_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgencyReopening_agencyId_reopenedAt_idx" ON "AgencyReopening"("agencyId", "reopenedAt");

-- AddForeignKey
ALTER TABLE "AgencyReopening" ADD CONSTRAINT "AgencyReopening_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
