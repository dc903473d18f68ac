-- CreateTable
CREATE TABLE "OpenDeadline" (
    "kind" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "owner" TEXT,
    "ownerKind" TEXT,
    "ownerId" UUID,
    "agencyId" UUID,
    "agencyName" TEXT NOT NULL,
    "status" TEXT,
    "dueOn" DATE,
    "since" DATE NOT NULL,

    CONSTRAINT "OpenDeadline_pkey" PRIMARY KEY ("kind","subjectId")
);

-- CreateIndex
CREATE INDEX "OpenDeadline_ownerKind_ownerId_dueOn_since_kind_subjectId_idx" ON "OpenDeadline"("ownerKind", "ownerId", "dueOn", "since", "kind", "subjectId");

-- CreateIndex
CREATE INDEX "OpenDeadline_dueOn_since_kind_subjectId_idx" ON "OpenDeadline"("dueOn", "since", "kind", "subjectId");

-- CreateIndex
CREATE INDEX "OpenDeadline_agencyId_idx" ON "OpenDeadline"("agencyId");

-- What follows is written by hand: the view the rows are worked out from, and the triggers that
-- keep them. The engine splits a migration at every semicolon, even in a function body, so each
-- body is an E'' string whose semicolons are written \073.

-- Every open deadline, as deadline.list.ts works them out in memory (an integration test holds
-- the two, and the kept rows, to the same items). A plan to publish has no owner here: who holds
-- office in the local policing body of the force is decided on the day it is read. HMICFRS is
-- programmePreparer (direction.rules.ts): the inspectorate that prepares the joint programme.
CREATE VIEW "DeadlineSource" AS
  SELECT 'RECOMMENDATION_RESPONSE'::text AS kind, 'RecommendationResponse'::text AS "subjectType",
    rr.id AS "subjectId",
    'Answer recommendation ' || r.reference || ' of "' || r."reportTitle" || '"' AS title,
    a.name AS owner, 'AGENCY'::text AS "ownerKind", a.id AS "ownerId",
    a.id AS "agencyId", a.name AS "agencyName", NULL::text AS status,
    rr."dueOn"::date AS "dueOn", r."publishedOn"::date AS since
  FROM "RecommendationResponse" rr
  JOIN "Recommendation" r ON r.id = rr."recommendationId"
  JOIN "Agency" a ON a.id = rr."agencyId"
  WHERE rr.answer IS NULL AND r."withdrawnAt" IS NULL
  UNION ALL
  SELECT 'URGENT_NOTIFICATION_RESPONSE', 'Escalation', e.id,
    'Respond publicly to the Urgent Notification on ' || a.name,
    m.title, 'MINISTER', m.id, a.id, a.name, NULL, e."responseDueOn"::date, e."issuedOn"::date
  FROM "Escalation" e
  JOIN "Agency" a ON a.id = e."agencyId"
  JOIN "AgencyKind" k ON k.code = a."kindCode"
  JOIN "Minister" m ON m.id = k."responsibleMinisterId"
  WHERE e.kind = 'URGENT_NOTIFICATION' AND e."respondedOn" IS NULL
  UNION ALL
  SELECT
    CASE p.status WHEN 'SUBMITTED' THEN 'ACTION_PLAN_TO_REVIEW'
      WHEN 'ACCEPTED' THEN 'ACTION_PLAN_TO_LAY' ELSE 'ACTION_PLAN_TO_PUBLISH' END,
    'ActionPlan', p.id,
    CASE p.status WHEN 'SUBMITTED' THEN 'Review "' || p.title || '"'
      WHEN 'ACCEPTED' THEN 'Lay "' || p.title || '" before Parliament'
      ELSE 'Publish "' || p.title || '"' END,
    CASE p.status WHEN 'SUBMITTED' THEN i."shortName" WHEN 'ACCEPTED' THEN m.title END,
    CASE p.status WHEN 'SUBMITTED' THEN 'INSPECTORATE' WHEN 'ACCEPTED' THEN 'MINISTER'
      ELSE 'LOCAL_POLICING_BODY' END,
    CASE p.status WHEN 'SUBMITTED' THEN i.id WHEN 'ACCEPTED' THEN m.id END,
    a.id, a.name, p.status::text, NULL::date,
    (coalesce((SELECT max(ev.at) FROM "ActionPlanEvent" ev WHERE ev."planId" = p.id),
      p."updatedAt"))::date
  FROM "ActionPlan" p
  JOIN "Agency" a ON a.id = p."agencyId"
  JOIN "Inspectorate" i ON i.id = p."reviewingInspectorateId"
  JOIN "Minister" m ON m.id = p."responsibleMinisterId"
  WHERE p.status IN ('SUBMITTED', 'ACCEPTED') OR (p.status = 'LAID' AND a."kindCode" = 'POLICE_FORCE')
  UNION ALL
  SELECT 'ACTION_PLAN_OWED', 'Agency', a.id, 'Draft an action plan on the treatment of victims',
    a.name, 'AGENCY', a.id, a.id, a.name, NULL, NULL::date, owed.since
  FROM "Agency" a
  JOIN LATERAL (
    SELECT c."triggersActionPlan" FROM "Rating" r
    JOIN "RatingGrade" g ON g.id = r."gradeId"
    JOIN "CommonGrade" c ON c.code = g."commonGradeCode"
    WHERE r."agencyId" = a.id AND r."areaCode" = 'TREATMENT_OF_VICTIMS' AND r."withdrawnAt" IS NULL
    ORDER BY r."ratedOn" DESC, r."recordedAt" DESC LIMIT 1
  ) latest ON latest."triggersActionPlan"
  -- Owed since the first of the unbroken run of ratings that trigger a plan (actionPlanOwed).
  JOIN LATERAL (
    SELECT min(r."ratedOn")::date AS since FROM "Rating" r
    WHERE r."agencyId" = a.id AND r."areaCode" = 'TREATMENT_OF_VICTIMS' AND r."withdrawnAt" IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM "Rating" later
        JOIN "RatingGrade" g ON g.id = later."gradeId"
        JOIN "CommonGrade" c ON c.code = g."commonGradeCode"
        WHERE later."agencyId" = a.id AND later."areaCode" = 'TREATMENT_OF_VICTIMS'
          AND later."withdrawnAt" IS NULL
          AND NOT c."triggersActionPlan" AND later."ratedOn" >= r."ratedOn"
      )
  ) owed ON true
  WHERE NOT EXISTS (
    SELECT 1 FROM "ActionPlan" open WHERE open."agencyId" = a.id AND open.status <> 'CLOSED'
  )
  UNION ALL
  SELECT 'CONSULTATION_CLOSES', 'Consultation', c.id,
    'Close the consultation on "' || prog.title || '" and say what changed',
    i."shortName", 'INSPECTORATE', i.id, NULL, i."shortName", NULL, c."closesOn"::date, c."opensOn"::date
  FROM "Consultation" c
  JOIN "Programme" prog ON prog.id = c."programmeId"
  JOIN "Inspectorate" i ON i.id = c."runById"
  WHERE c.status = 'OPEN'
  UNION ALL
  SELECT 'PROGRAMME_DIRECTED', 'MinisterialDirection', d.id,
    'Agree the joint inspection programme that direction ' || d.reference || ' requires',
    coalesce(i."shortName", 'HMICFRS'), CASE WHEN i.id IS NULL THEN NULL ELSE 'INSPECTORATE' END,
    i.id, NULL, coalesce(i."shortName", 'HMICFRS'), NULL, d."programmeBy"::date, d."givenOn"::date
  FROM "MinisterialDirection" d
  LEFT JOIN "Inspectorate" i ON i."shortName" = 'HMICFRS'
  WHERE d.kind = 'TIMING' AND d."givenOn" IS NOT NULL AND d."programmeBy" IS NOT NULL
    AND d."withdrawnAt" IS NULL
    -- Answered (timingAnswer): a programme overlapping the time in force, agreed or published
    -- on a UK day on or after the direction was drafted.
    AND NOT EXISTS (
      SELECT 1 FROM "Programme" prog
      JOIN "ProgrammeStatusChange" sc ON sc."programmeId" = prog.id
        AND sc."toStatus" IN ('AGREED', 'PUBLISHED')
      WHERE prog."endsOn" >= d."inForceFrom"
        AND (d."inForceUntil" IS NULL OR prog."startsOn" <= d."inForceUntil")
        AND (sc."changedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London')::date >= d."draftedOn"
    );

-- The rows of some subjects (of one type), or of some agencies, or of one kind, or all, worked
-- out again: what was open and no longer is goes, what is open is written afresh. Each first
-- takes the public content version row, which every write to these tables updates anyway: so it
-- waits for any other transaction writing them to commit, and then reads (in a statement of its
-- own, so with a fresh snapshot) what that one wrote. Two writers never leave a row worked out
-- from what neither saw.
CREATE FUNCTION "refresh_open_deadlines"(subject_type text, subject_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  IF coalesce(cardinality(subject_ids), 0) = 0 THEN RETURN\073 END IF\073
  PERFORM 1 FROM "PublicContentVersion" WHERE id = 1 FOR UPDATE\073
  DELETE FROM "OpenDeadline" WHERE "subjectType" = subject_type AND "subjectId" = ANY(subject_ids)\073
  INSERT INTO "OpenDeadline" SELECT * FROM "DeadlineSource"
    WHERE "subjectType" = subject_type AND "subjectId" = ANY(subject_ids)\073
END
';

CREATE FUNCTION "refresh_open_deadlines_of_agencies"(agency_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  IF coalesce(cardinality(agency_ids), 0) = 0 THEN RETURN\073 END IF\073
  PERFORM 1 FROM "PublicContentVersion" WHERE id = 1 FOR UPDATE\073
  DELETE FROM "OpenDeadline" WHERE "agencyId" = ANY(agency_ids)\073
  INSERT INTO "OpenDeadline" SELECT * FROM "DeadlineSource" WHERE "agencyId" = ANY(agency_ids)\073
END
';

CREATE FUNCTION "refresh_open_deadlines_of_kind"(deadline_kind text) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "PublicContentVersion" WHERE id = 1 FOR UPDATE\073
  DELETE FROM "OpenDeadline" WHERE kind = deadline_kind\073
  INSERT INTO "OpenDeadline" SELECT * FROM "DeadlineSource" WHERE kind = deadline_kind\073
END
';

CREATE FUNCTION "refresh_all_open_deadlines"() RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "PublicContentVersion" WHERE id = 1 FOR UPDATE\073
  DELETE FROM "OpenDeadline"\073
  INSERT INTO "OpenDeadline" SELECT * FROM "DeadlineSource"\073
END
';

-- The distinct ids under one key of rows given as a JSON array.
CREATE FUNCTION "open_deadline_ids"(changed jsonb, key text) RETURNS uuid[] LANGUAGE sql IMMUTABLE AS
  'SELECT coalesce(array_agg(DISTINCT (r ->> key)::uuid), ''{}'') FROM jsonb_array_elements(changed) r WHERE r ->> key IS NOT NULL';

-- After each statement that writes a table a deadline is worked out from: which subjects the
-- changed rows (before and after) touch, and those refreshed. Statement-level with transition
-- tables, so an import of a thousand rows refreshes once.
CREATE FUNCTION "open_deadlines_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  changed jsonb\073
BEGIN
  IF TG_OP = ''INSERT'' THEN
    SELECT jsonb_agg(to_jsonb(n)) INTO changed FROM changed_new n\073
  ELSIF TG_OP = ''DELETE'' THEN
    SELECT jsonb_agg(to_jsonb(o)) INTO changed FROM changed_old o\073
  ELSE
    SELECT jsonb_agg(x.r) INTO changed FROM (
      SELECT to_jsonb(o) AS r FROM changed_old o UNION ALL SELECT to_jsonb(n) FROM changed_new n
    ) x\073
  END IF\073
  IF changed IS NULL THEN RETURN NULL\073 END IF\073
  CASE TG_TABLE_NAME
    WHEN ''RecommendationResponse'' THEN
      PERFORM "refresh_open_deadlines"(''RecommendationResponse'', "open_deadline_ids"(changed, ''id''))\073
    WHEN ''Recommendation'' THEN
      PERFORM "refresh_open_deadlines"(''RecommendationResponse'', ARRAY(
        SELECT rr.id FROM "RecommendationResponse" rr
        WHERE rr."recommendationId" = ANY("open_deadline_ids"(changed, ''id''))))\073
    WHEN ''Escalation'' THEN
      PERFORM "refresh_open_deadlines"(''Escalation'', "open_deadline_ids"(changed, ''id''))\073
    WHEN ''ActionPlan'' THEN
      PERFORM "refresh_open_deadlines"(''ActionPlan'', "open_deadline_ids"(changed, ''id''))\073
      -- An open plan answers what the agency owed.
      PERFORM "refresh_open_deadlines"(''Agency'', "open_deadline_ids"(changed, ''agencyId''))\073
    WHEN ''ActionPlanEvent'' THEN
      PERFORM "refresh_open_deadlines"(''ActionPlan'', "open_deadline_ids"(changed, ''planId''))\073
    WHEN ''Rating'' THEN
      PERFORM "refresh_open_deadlines"(''Agency'', "open_deadline_ids"(changed, ''agencyId''))\073
    WHEN ''Agency'' THEN
      PERFORM "refresh_open_deadlines_of_agencies"("open_deadline_ids"(changed, ''id''))\073
    WHEN ''Consultation'' THEN
      PERFORM "refresh_open_deadlines"(''Consultation'', "open_deadline_ids"(changed, ''id''))\073
    WHEN ''MinisterialDirection'' THEN
      PERFORM "refresh_open_deadlines"(''MinisterialDirection'', "open_deadline_ids"(changed, ''id''))\073
    WHEN ''Programme'' THEN
      PERFORM "refresh_open_deadlines"(''Consultation'', ARRAY(
        SELECT c.id FROM "Consultation" c
        WHERE c."programmeId" = ANY("open_deadline_ids"(changed, ''id''))))\073
      PERFORM "refresh_open_deadlines_of_kind"(''PROGRAMME_DIRECTED'')\073
    WHEN ''ProgrammeStatusChange'' THEN
      PERFORM "refresh_open_deadlines_of_kind"(''PROGRAMME_DIRECTED'')\073
  END CASE\073
  RETURN NULL\073
END
';

-- A change to what many deadlines read (the title of a minister, the name of an inspectorate, which grades
-- trigger a plan, a truncated table) is rare: everything is worked out again.
CREATE FUNCTION "open_deadlines_refresh_all"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "refresh_all_open_deadlines"()\073
  RETURN NULL\073
END
';

CREATE TRIGGER "refresh_open_deadlines_inserted" AFTER INSERT ON "RecommendationResponse" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_updated" AFTER UPDATE ON "RecommendationResponse" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_deleted" AFTER DELETE ON "RecommendationResponse" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_truncated" AFTER TRUNCATE ON "RecommendationResponse"
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_refresh_all"();

CREATE TRIGGER "refresh_open_deadlines_inserted" AFTER INSERT ON "Recommendation" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_updated" AFTER UPDATE ON "Recommendation" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_deleted" AFTER DELETE ON "Recommendation" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_truncated" AFTER TRUNCATE ON "Recommendation"
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_refresh_all"();

CREATE TRIGGER "refresh_open_deadlines_inserted" AFTER INSERT ON "Escalation" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_updated" AFTER UPDATE ON "Escalation" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_deleted" AFTER DELETE ON "Escalation" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_truncated" AFTER TRUNCATE ON "Escalation"
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_refresh_all"();

CREATE TRIGGER "refresh_open_deadlines_inserted" AFTER INSERT ON "ActionPlan" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_updated" AFTER UPDATE ON "ActionPlan" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_deleted" AFTER DELETE ON "ActionPlan" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_truncated" AFTER TRUNCATE ON "ActionPlan"
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_refresh_all"();

CREATE TRIGGER "refresh_open_deadlines_inserted" AFTER INSERT ON "ActionPlanEvent" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_updated" AFTER UPDATE ON "ActionPlanEvent" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_deleted" AFTER DELETE ON "ActionPlanEvent" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_truncated" AFTER TRUNCATE ON "ActionPlanEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_refresh_all"();

CREATE TRIGGER "refresh_open_deadlines_inserted" AFTER INSERT ON "Rating" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_updated" AFTER UPDATE ON "Rating" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_deleted" AFTER DELETE ON "Rating" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_truncated" AFTER TRUNCATE ON "Rating"
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_refresh_all"();

CREATE TRIGGER "refresh_open_deadlines_inserted" AFTER INSERT ON "Agency" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_updated" AFTER UPDATE ON "Agency" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_deleted" AFTER DELETE ON "Agency" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_truncated" AFTER TRUNCATE ON "Agency"
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_refresh_all"();

CREATE TRIGGER "refresh_open_deadlines_inserted" AFTER INSERT ON "Consultation" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_updated" AFTER UPDATE ON "Consultation" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_deleted" AFTER DELETE ON "Consultation" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_truncated" AFTER TRUNCATE ON "Consultation"
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_refresh_all"();

CREATE TRIGGER "refresh_open_deadlines_inserted" AFTER INSERT ON "MinisterialDirection" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_updated" AFTER UPDATE ON "MinisterialDirection" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_deleted" AFTER DELETE ON "MinisterialDirection" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_truncated" AFTER TRUNCATE ON "MinisterialDirection"
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_refresh_all"();

CREATE TRIGGER "refresh_open_deadlines_inserted" AFTER INSERT ON "ProgrammeStatusChange" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_updated" AFTER UPDATE ON "ProgrammeStatusChange" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_deleted" AFTER DELETE ON "ProgrammeStatusChange" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_truncated" AFTER TRUNCATE ON "ProgrammeStatusChange"
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_refresh_all"();

-- The title of a programme names its consultation, and its dates decide which directions it answers.
-- (A column list on UPDATE cannot go with transition tables, so the trigger runs on every
-- update of a programme, and the refresh it does is small.)
CREATE TRIGGER "refresh_open_deadlines_updated" AFTER UPDATE ON "Programme" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();
CREATE TRIGGER "refresh_open_deadlines_deleted" AFTER DELETE ON "Programme" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadlines_changed"();

CREATE TRIGGER "refresh_open_deadlines_renamed" AFTER UPDATE OF "shortName" ON "Inspectorate"
  FOR EACH ROW WHEN (OLD."shortName" IS DISTINCT FROM NEW."shortName")
  EXECUTE FUNCTION "open_deadlines_refresh_all"();
-- Row-level, so that the reference data loader upserting the inspectorates on each start
-- refreshes nothing unless one is new (HMICFRS, once, prepares the joint programme).
CREATE TRIGGER "refresh_open_deadlines_inserted" AFTER INSERT ON "Inspectorate"
  FOR EACH ROW EXECUTE FUNCTION "open_deadlines_refresh_all"();
CREATE TRIGGER "refresh_open_deadlines_renamed" AFTER UPDATE OF "title" ON "Minister"
  FOR EACH ROW WHEN (OLD."title" IS DISTINCT FROM NEW."title")
  EXECUTE FUNCTION "open_deadlines_refresh_all"();
CREATE TRIGGER "refresh_open_deadlines_minister_changed" AFTER UPDATE OF "responsibleMinisterId" ON "AgencyKind"
  FOR EACH ROW WHEN (OLD."responsibleMinisterId" IS DISTINCT FROM NEW."responsibleMinisterId")
  EXECUTE FUNCTION "open_deadlines_refresh_all"();
CREATE TRIGGER "refresh_open_deadlines_grade_changed" AFTER UPDATE OF "commonGradeCode" ON "RatingGrade"
  FOR EACH ROW WHEN (OLD."commonGradeCode" IS DISTINCT FROM NEW."commonGradeCode")
  EXECUTE FUNCTION "open_deadlines_refresh_all"();
CREATE TRIGGER "refresh_open_deadlines_grade_changed" AFTER UPDATE OF "triggersActionPlan" ON "CommonGrade"
  FOR EACH ROW WHEN (OLD."triggersActionPlan" IS DISTINCT FROM NEW."triggersActionPlan")
  EXECUTE FUNCTION "open_deadlines_refresh_all"();

-- What is open today.
SELECT "refresh_all_open_deadlines"();
