-- The consultation tables (added beside the public content version, in a migration of their own)
-- are public too: a proposal, its outcome and what changed show on /programme/consultations, so
-- a write to them must change the public pages' validator like any other public write.
CREATE TRIGGER "public_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StatutoryConsultee"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "public_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Consultation"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "public_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ConsultationProposal"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
