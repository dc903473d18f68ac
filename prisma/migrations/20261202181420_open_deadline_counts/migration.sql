-- CreateTable
CREATE TABLE "OpenDeadlineCount" (
    "agencyId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "OpenDeadlineCount_pkey" PRIMARY KEY ("agencyId","kind")
);

-- CreateIndex
CREATE INDEX "OpenDeadlineCount_kind_count_agencyId_idx" ON "OpenDeadlineCount"("kind", "count" DESC, "agencyId");

-- Written by hand: the trigger that keeps the counts. (The engine splits at every semicolon, so
-- each body is an E'' string whose semicolons are written \073.)

-- Adds delta for each (agency, kind) given, and for each agency in all. Rows in key order, so
-- that two writers touching the same agencies lock them in the same order.
CREATE FUNCTION "add_open_deadline_counts"(agencies uuid[], kinds text[], delta integer) RETURNS void
LANGUAGE sql AS '
  INSERT INTO "OpenDeadlineCount" ("agencyId", kind, count)
  SELECT agency, kind, sum(n)::integer FROM (
    SELECT agency, kind, delta AS n FROM unnest(agencies, kinds) AS changed(agency, kind)
    UNION ALL
    SELECT agency, ''ALL'', delta FROM unnest(agencies) AS changed(agency)
  ) changes
  GROUP BY agency, kind
  ORDER BY agency, kind
  ON CONFLICT ("agencyId", kind) DO UPDATE SET count = "OpenDeadlineCount".count + EXCLUDED.count
';

CREATE FUNCTION "open_deadline_counts_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    PERFORM "add_open_deadline_counts"(
      ARRAY(SELECT o."ownerId" FROM changed_old o WHERE o."ownerKind" = ''AGENCY'' AND o."ownerId" IS NOT NULL),
      ARRAY(SELECT o.kind FROM changed_old o WHERE o."ownerKind" = ''AGENCY'' AND o."ownerId" IS NOT NULL),
      -1)\073
  END IF\073
  IF TG_OP IN (''UPDATE'', ''INSERT'') THEN
    PERFORM "add_open_deadline_counts"(
      ARRAY(SELECT n."ownerId" FROM changed_new n WHERE n."ownerKind" = ''AGENCY'' AND n."ownerId" IS NOT NULL),
      ARRAY(SELECT n.kind FROM changed_new n WHERE n."ownerKind" = ''AGENCY'' AND n."ownerId" IS NOT NULL),
      1)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "open_deadline_counts_inserted" AFTER INSERT ON "OpenDeadline" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadline_counts_changed"();
CREATE TRIGGER "open_deadline_counts_updated" AFTER UPDATE ON "OpenDeadline" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadline_counts_changed"();
CREATE TRIGGER "open_deadline_counts_deleted" AFTER DELETE ON "OpenDeadline" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "open_deadline_counts_changed"();

INSERT INTO "OpenDeadlineCount" ("agencyId", kind, count)
  SELECT "ownerId", kind, count(*) FROM "OpenDeadline" WHERE "ownerKind" = 'AGENCY' AND "ownerId" IS NOT NULL
  GROUP BY "ownerId", kind
  UNION ALL
  SELECT "ownerId", 'ALL', count(*) FROM "OpenDeadline" WHERE "ownerKind" = 'AGENCY' AND "ownerId" IS NOT NULL
  GROUP BY "ownerId";
