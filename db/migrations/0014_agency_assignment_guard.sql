-- A retired agency is kept for history but never newly assigned (lib/dal/agency-assignment.ts asks
-- first, with the words a form shows; this refuses any write that did not). A row that already names
-- it may keep it: only an insert, or an update that changes the agency, is checked. Contributors
-- (action_contributors) are left to the data access layer, since a save may delete and re-insert
-- the ones an action already has.
CREATE FUNCTION "refuse_retired_agency"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	new_id integer := (to_jsonb(NEW) ->> TG_ARGV[0])::integer;
	retired_acronym text;
BEGIN
	IF new_id IS NULL THEN
		RETURN NEW;
	END IF;
	IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> TG_ARGV[0])::integer IS NOT DISTINCT FROM new_id THEN
		RETURN NEW;
	END IF;
	SELECT a.acronym INTO retired_acronym FROM agencies a WHERE a.id = new_id AND a.retired_at IS NOT NULL;
	IF FOUND THEN
		RAISE EXCEPTION '% is retired: it stays in the record for history but can no longer be assigned.', retired_acronym
			USING ERRCODE = 'check_violation', CONSTRAINT = 'agency_retired';
	END IF;
	RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "actions_agency_assignable" BEFORE INSERT OR UPDATE OF "lead_agency_id" ON "actions"
	FOR EACH ROW EXECUTE FUNCTION "refuse_retired_agency"('lead_agency_id');--> statement-breakpoint
CREATE TRIGGER "workstreams_agency_assignable" BEFORE INSERT OR UPDATE OF "lead_agency_id" ON "workstreams"
	FOR EACH ROW EXECUTE FUNCTION "refuse_retired_agency"('lead_agency_id');--> statement-breakpoint
CREATE TRIGGER "indicators_agency_assignable" BEFORE INSERT OR UPDATE OF "owner_agency_id" ON "indicators"
	FOR EACH ROW EXECUTE FUNCTION "refuse_retired_agency"('owner_agency_id');--> statement-breakpoint
CREATE TRIGGER "users_agency_assignable" BEFORE INSERT OR UPDATE OF "agency_id" ON "users"
	FOR EACH ROW EXECUTE FUNCTION "refuse_retired_agency"('agency_id');
