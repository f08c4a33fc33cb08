ALTER TABLE "change_requests" DROP CONSTRAINT "change_requests_kind_check";--> statement-breakpoint
ALTER TABLE "change_requests" DROP CONSTRAINT "change_requests_state_check";--> statement-breakpoint
ALTER TABLE "plan_versions" ALTER COLUMN "effective_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_versions" ALTER COLUMN "approved_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "state" text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "plan_state" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "superseded_by" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "change_requests" ADD COLUMN "entity" text DEFAULT 'action' NOT NULL;--> statement-breakpoint
ALTER TABLE "change_requests" ADD COLUMN "entity_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_one_draft_idx" ON "plan_versions" USING btree ("plan_id") WHERE "plan_versions"."state" = 'draft';--> statement-breakpoint
CREATE INDEX "change_requests_entity_idx" ON "change_requests" USING btree ("entity","entity_key");--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_state_check" CHECK ("plan_versions"."state" in ('draft', 'published'));--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_published_approved_check" CHECK ("plan_versions"."state" <> 'published' or ("plan_versions"."effective_on" is not null and "plan_versions"."approved_by" is not null));--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_plan_state_check" CHECK ("actions"."plan_state" in ('active', 'not_proceeding', 'superseded'));--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_superseded_check" CHECK (("actions"."plan_state" = 'superseded') = (cardinality("actions"."superseded_by") > 0));--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_entity_check" CHECK ("change_requests"."entity" in ('focus_area', 'recommendation', 'workstream', 'action', 'milestone', 'criterion', 'dependency'));--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_kind_check" CHECK ("change_requests"."kind" in ('add', 'change', 'rephase', 'reassign', 'merge', 'split', 'stop'));--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_state_check" CHECK ("change_requests"."state" in ('proposed', 'approved', 'rejected', 'withdrawn'));--> statement-breakpoint
-- Existing change requests are about actions: name each by its action's code, and leave an action an
-- approved request stopped not proceeding in the plan. Only when there are any: an UPDATE of the plan
-- tables raises the public revision even when it changes no row, and an empty database stays as new.
DO $$
BEGIN
	IF EXISTS (SELECT 1 FROM "change_requests") THEN
		UPDATE "change_requests" cr SET "entity_key" = a."code" FROM "actions" a WHERE a."id" = cr."action_id";
		UPDATE "actions" SET "plan_state" = 'not_proceeding'
			WHERE "id" IN (SELECT "action_id" FROM "change_requests" WHERE "kind" = 'stop' AND "state" = 'approved');
	END IF;
END $$;
