CREATE TABLE "public_revision" (
	"only" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"instance" uuid DEFAULT gen_random_uuid() NOT NULL,
	"revision" bigint DEFAULT 1 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_revision_one_row" CHECK ("public_revision"."only")
);
--> statement-breakpoint
INSERT INTO "public_revision" DEFAULT VALUES;--> statement-breakpoint
CREATE FUNCTION "bump_public_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "public_revision" SET "revision" = "revision" + 1, "changed_at" = now();
	RETURN NULL;
END $$;--> statement-breakpoint
-- An update the public cannot see (a draft, one under review) changes nothing public: only statements
-- that touch a published row count. Transition tables allow one event per trigger, hence three.
CREATE FUNCTION "bump_public_revision_if_published"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	touched boolean;
BEGIN
	-- Each branch names only the transition tables its event has.
	IF TG_OP = 'INSERT' THEN
		touched := EXISTS (SELECT 1 FROM new_rows WHERE state = 'published');
	ELSIF TG_OP = 'DELETE' THEN
		touched := EXISTS (SELECT 1 FROM old_rows WHERE state = 'published');
	ELSE
		touched := EXISTS (SELECT 1 FROM old_rows WHERE state = 'published')
			OR EXISTS (SELECT 1 FROM new_rows WHERE state = 'published');
	END IF;
	IF touched THEN
		UPDATE "public_revision" SET "revision" = "revision" + 1, "changed_at" = now();
	END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "progress_updates_public_insert" AFTER INSERT ON "progress_updates"
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_revision_if_published"();--> statement-breakpoint
CREATE TRIGGER "progress_updates_public_update" AFTER UPDATE ON "progress_updates"
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_revision_if_published"();--> statement-breakpoint
CREATE TRIGGER "progress_updates_public_delete" AFTER DELETE ON "progress_updates"
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_revision_if_published"();--> statement-breakpoint
CREATE TRIGGER "progress_updates_public_truncate" AFTER TRUNCATE ON "progress_updates"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_revision"();--> statement-breakpoint
DO $$
DECLARE
	public_table text;
BEGIN
	FOREACH public_table IN ARRAY ARRAY[
		'plans', 'plan_versions', 'change_requests', 'focus_areas', 'recommendations', 'workstreams',
		'workstream_recommendations', 'agencies', 'actions', 'action_contributors', 'action_recommendations',
		'action_dependencies', 'milestones', 'completion_criteria', 'reporting_periods', 'period_snapshots',
		'period_indicator_snapshots', 'update_evidence', 'update_milestone_completions',
		'update_milestone_forecasts', 'update_criterion_assessments', 'indicators', 'indicator_readings',
		'indicator_actions', 'indicator_recommendations'
	] LOOP
		EXECUTE format(
			'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_public_revision()',
			public_table || '_public_revision', public_table);
	END LOOP;
END $$;
