-- The API keeps small reference tables in each process under the public content version it
-- reads with the session (kept() in api/src/context.ts): a table may be kept only if every write
-- to it bumps the version. The inspection burden thresholds are staff-only, but a write to them
-- is as rare as to the reference data, so they bump it too: the timeline then reads them once
-- per change instead of once per request. No schema change: triggers only.
CREATE TRIGGER "public_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "InspectionBurdenThreshold"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
