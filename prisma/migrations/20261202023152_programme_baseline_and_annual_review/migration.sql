-- CreateTable
CREATE TABLE "ProgrammeBaseline" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "capturedOn" "ProgrammeStatus" NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "capturedBy" TEXT NOT NULL,
    "backfilled" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ProgrammeBaseline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BaselineInspection" (
    "baselineId" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "status" "InspectionStatus" NOT NULL,

    CONSTRAINT "BaselineInspection_pkey" PRIMARY KEY ("baselineId","inspectionId")
);

-- CreateTable
CREATE TABLE "BaselinePhase" (
    "baselineId" UUID NOT NULL,
    "phaseId" UUID NOT NULL,
    "plannedStart" DATE NOT NULL,
    "plannedEnd" DATE NOT NULL,

    CONSTRAINT "BaselinePhase_pkey" PRIMARY KEY ("baselineId","phaseId")
);

-- CreateTable
CREATE TABLE "AnnualReview" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedBy" TEXT NOT NULL,
    "entries" JSONB NOT NULL,

    CONSTRAINT "AnnualReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgrammeBaseline_programmeId_capturedAt_idx" ON "ProgrammeBaseline"("programmeId", "capturedAt");

-- CreateIndex
CREATE INDEX "BaselineInspection_inspectionId_idx" ON "BaselineInspection"("inspectionId");

-- CreateIndex
CREATE INDEX "BaselinePhase_phaseId_idx" ON "BaselinePhase"("phaseId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReview_programmeId_year_version_key" ON "AnnualReview"("programmeId", "year", "version");

-- AddForeignKey
ALTER TABLE "ProgrammeBaseline" ADD CONSTRAINT "ProgrammeBaseline_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaselineInspection" ADD CONSTRAINT "BaselineInspection_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "ProgrammeBaseline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaselineInspection" ADD CONSTRAINT "BaselineInspection_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaselinePhase" ADD CONSTRAINT "BaselinePhase_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "ProgrammeBaseline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaselinePhase" ADD CONSTRAINT "BaselinePhase_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "InspectionPhase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReview" ADD CONSTRAINT "AnnualReview_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: a programme agreed or published before baselines were kept gets one, as its plan
-- stood at its last move to agreed or published. That plan is rebuilt from history: each
-- phase's dates are those its first date change after the move recorded as "before" (or its
-- dates today when it has not changed since), each inspection's status the one its first move
-- after that recorded as "from", and inspections created after the move are left out.
INSERT INTO "ProgrammeBaseline" ("id", "programmeId", "capturedOn", "capturedAt", "capturedBy", "backfilled")
SELECT gen_random_uuid(), p."id",
       COALESCE(m."toStatus", CASE WHEN p."status" = 'AGREED' THEN 'AGREED'::"ProgrammeStatus" ELSE 'PUBLISHED'::"ProgrammeStatus" END),
       COALESCE(m."changedAt", p."updatedAt"), COALESCE(m."changedBy", 'Migration'), true
FROM "Programme" p
LEFT JOIN LATERAL (
  SELECT c."toStatus", c."changedAt", c."changedBy" FROM "ProgrammeStatusChange" c
  WHERE c."programmeId" = p."id" AND c."toStatus" IN ('AGREED', 'PUBLISHED')
  ORDER BY c."changedAt" DESC LIMIT 1
) m ON true
WHERE p."status" IN ('AGREED', 'PUBLISHED', 'SUPERSEDED');

INSERT INTO "BaselineInspection" ("baselineId", "inspectionId", "status")
SELECT b."id", i."id", COALESCE((
  SELECT c."fromStatus" FROM "InspectionStatusChange" c
  WHERE c."inspectionId" = i."id" AND c."changedAt" > b."capturedAt"
  ORDER BY c."changedAt" LIMIT 1
), i."status")
FROM "ProgrammeBaseline" b
JOIN "Inspection" i ON i."programmeId" = b."programmeId" AND i."createdAt" <= b."capturedAt"
WHERE b."backfilled";

INSERT INTO "BaselinePhase" ("baselineId", "phaseId", "plannedStart", "plannedEnd")
SELECT b."id", ph."id", COALESCE(h."plannedStart", ph."plannedStart"), COALESCE(h."plannedEnd", ph."plannedEnd")
FROM "BaselineInspection" bi
JOIN "ProgrammeBaseline" b ON b."id" = bi."baselineId"
JOIN "InspectionPhase" ph ON ph."inspectionId" = bi."inspectionId"
LEFT JOIN LATERAL (
  SELECT d."plannedStart", d."plannedEnd" FROM "PhaseDateChange" d
  WHERE d."phaseId" = ph."id" AND d."changedAt" > b."capturedAt"
  ORDER BY d."changedAt" LIMIT 1
) h ON true
WHERE b."backfilled";

-- A baseline and a published review are kept as they were: a later capture or publication
-- adds rows. The function body writes its semicolons as U&'\003B' because Prisma's pg adapter
-- splits migration scripts at every semicolon, even inside quoted strings.
CREATE FUNCTION "kept_as_it_was"() RETURNS trigger LANGUAGE plpgsql AS U&'BEGIN RAISE EXCEPTION ''A baseline or a published review is kept as it was: add a new one instead.'' USING ERRCODE = ''insufficient_privilege''\003B END\003B';

CREATE TRIGGER "programme_baseline_kept" BEFORE UPDATE OR DELETE ON "ProgrammeBaseline" FOR EACH ROW EXECUTE FUNCTION "kept_as_it_was"();
CREATE TRIGGER "programme_baseline_not_truncated" BEFORE TRUNCATE ON "ProgrammeBaseline" FOR EACH STATEMENT EXECUTE FUNCTION "kept_as_it_was"();
CREATE TRIGGER "baseline_inspection_kept" BEFORE UPDATE OR DELETE ON "BaselineInspection" FOR EACH ROW EXECUTE FUNCTION "kept_as_it_was"();
CREATE TRIGGER "baseline_inspection_not_truncated" BEFORE TRUNCATE ON "BaselineInspection" FOR EACH STATEMENT EXECUTE FUNCTION "kept_as_it_was"();
CREATE TRIGGER "baseline_phase_kept" BEFORE UPDATE OR DELETE ON "BaselinePhase" FOR EACH ROW EXECUTE FUNCTION "kept_as_it_was"();
CREATE TRIGGER "baseline_phase_not_truncated" BEFORE TRUNCATE ON "BaselinePhase" FOR EACH STATEMENT EXECUTE FUNCTION "kept_as_it_was"();
CREATE TRIGGER "annual_review_kept" BEFORE UPDATE OR DELETE ON "AnnualReview" FOR EACH ROW EXECUTE FUNCTION "kept_as_it_was"();
CREATE TRIGGER "annual_review_not_truncated" BEFORE TRUNCATE ON "AnnualReview" FOR EACH STATEMENT EXECUTE FUNCTION "kept_as_it_was"();

-- The public reads a published programme's baseline and its published reviews: a new capture or
-- publication makes cached public answers stale.
CREATE TRIGGER "public_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProgrammeBaseline"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "public_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BaselineInspection"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "public_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BaselinePhase"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "public_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AnnualReview"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
