CREATE TABLE "period_indicator_snapshots" (
	"period_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"payload" jsonb NOT NULL,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "period_indicator_snapshots_period_id_indicator_id_pk" PRIMARY KEY("period_id","indicator_id")
);
--> statement-breakpoint
ALTER TABLE "period_indicator_snapshots" ADD CONSTRAINT "period_indicator_snapshots_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_indicator_snapshots" ADD CONSTRAINT "period_indicator_snapshots_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "period_indicator_snapshots_indicator_idx" ON "period_indicator_snapshots" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "progress_updates_latest_published_idx" ON "progress_updates" USING btree ("action_id","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "progress_updates"."state" = 'published';--> statement-breakpoint
CREATE INDEX "progress_updates_period_action_idx" ON "progress_updates" USING btree ("period_id","action_id");--> statement-breakpoint
-- A closed period is frozen: its snapshots cannot be changed or removed, and the period itself
-- can no longer be edited or reopened. The database refuses, whatever the application does.
CREATE OR REPLACE FUNCTION period_snapshots_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is frozen: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER period_snapshots_frozen
  BEFORE UPDATE OR DELETE ON period_snapshots
  FOR EACH ROW EXECUTE FUNCTION period_snapshots_refuse_change();
--> statement-breakpoint
CREATE TRIGGER period_snapshots_frozen_truncate
  BEFORE TRUNCATE ON period_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION period_snapshots_refuse_change();
--> statement-breakpoint
CREATE TRIGGER period_indicator_snapshots_frozen
  BEFORE UPDATE OR DELETE ON period_indicator_snapshots
  FOR EACH ROW EXECUTE FUNCTION period_snapshots_refuse_change();
--> statement-breakpoint
CREATE TRIGGER period_indicator_snapshots_frozen_truncate
  BEFORE TRUNCATE ON period_indicator_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION period_snapshots_refuse_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION reporting_periods_refuse_closed_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.closed_at IS NOT NULL THEN
    RAISE EXCEPTION 'reporting period % is closed: % is not allowed', OLD.label, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reporting_periods_closed_frozen
  BEFORE UPDATE OR DELETE ON reporting_periods
  FOR EACH ROW EXECUTE FUNCTION reporting_periods_refuse_closed_change();
