CREATE TABLE "agencies" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"acronym" text NOT NULL,
	"name" text NOT NULL,
	"name_mi" text,
	"website_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_slug_check" CHECK ("agencies"."slug" ~ '^[a-z][a-z0-9-]*$')
);
--> statement-breakpoint
CREATE TABLE "focus_areas" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"title_mi" text,
	"description" text NOT NULL,
	"provenance" text DEFAULT 'illustrative' NOT NULL,
	"source_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "focus_areas_number_check" CHECK ("focus_areas"."number" > 0),
	CONSTRAINT "focus_areas_provenance_check" CHECK ("focus_areas"."provenance" in ('confirmed', 'illustrative')),
	CONSTRAINT "focus_areas_confirmed_has_source_check" CHECK ("focus_areas"."provenance" <> 'confirmed' or coalesce("focus_areas"."source_url", '') ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"version" text NOT NULL,
	"effective_on" date NOT NULL,
	"summary" text NOT NULL,
	"approved_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_versions_version_check" CHECK ("plan_versions"."version" ~ '^[0-9]+\.[0-9]+$')
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"title_mi" text,
	"strategy_title" text NOT NULL,
	"strategy_title_mi" text,
	"approved_on" date,
	"approved_by" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"provenance" text DEFAULT 'illustrative' NOT NULL,
	"source_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_dates_check" CHECK ("plans"."ends_on" > "plans"."starts_on"),
	CONSTRAINT "plans_provenance_check" CHECK ("plans"."provenance" in ('confirmed', 'illustrative')),
	CONSTRAINT "plans_confirmed_has_source_check" CHECK ("plans"."provenance" <> 'confirmed' or coalesce("plans"."source_url", '') ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"focus_area_id" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"title_mi" text,
	"description" text NOT NULL,
	"provenance" text DEFAULT 'illustrative' NOT NULL,
	"source_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendations_number_check" CHECK ("recommendations"."number" > 0),
	CONSTRAINT "recommendations_provenance_check" CHECK ("recommendations"."provenance" in ('confirmed', 'illustrative')),
	CONSTRAINT "recommendations_confirmed_has_source_check" CHECK ("recommendations"."provenance" <> 'confirmed' or coalesce("recommendations"."source_url", '') ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "workstream_recommendations" (
	"workstream_id" integer NOT NULL,
	"recommendation_id" integer NOT NULL,
	CONSTRAINT "workstream_recommendations_workstream_id_recommendation_id_pk" PRIMARY KEY("workstream_id","recommendation_id")
);
--> statement-breakpoint
CREATE TABLE "workstreams" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"title_mi" text,
	"description" text NOT NULL,
	"lead_agency_id" integer NOT NULL,
	"provenance" text DEFAULT 'illustrative' NOT NULL,
	"source_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workstreams_number_check" CHECK ("workstreams"."number" > 0),
	CONSTRAINT "workstreams_provenance_check" CHECK ("workstreams"."provenance" in ('confirmed', 'illustrative')),
	CONSTRAINT "workstreams_confirmed_has_source_check" CHECK ("workstreams"."provenance" <> 'confirmed' or coalesce("workstreams"."source_url", '') ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "action_contributors" (
	"action_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	CONSTRAINT "action_contributors_action_id_agency_id_pk" PRIMARY KEY("action_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "action_dependencies" (
	"action_id" integer NOT NULL,
	"predecessor_id" integer NOT NULL,
	CONSTRAINT "action_dependencies_action_id_predecessor_id_pk" PRIMARY KEY("action_id","predecessor_id"),
	CONSTRAINT "action_dependencies_not_self_check" CHECK ("action_dependencies"."action_id" <> "action_dependencies"."predecessor_id")
);
--> statement-breakpoint
CREATE TABLE "action_recommendations" (
	"action_id" integer NOT NULL,
	"recommendation_id" integer NOT NULL,
	CONSTRAINT "action_recommendations_action_id_recommendation_id_pk" PRIMARY KEY("action_id","recommendation_id")
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"code" text NOT NULL,
	"workstream_id" integer NOT NULL,
	"title" text NOT NULL,
	"title_mi" text,
	"description" text NOT NULL,
	"lead_agency_id" integer NOT NULL,
	"foundational" boolean DEFAULT false NOT NULL,
	"baseline_start" date NOT NULL,
	"baseline_due" date NOT NULL,
	"forecast_due" date,
	"provenance" text DEFAULT 'illustrative' NOT NULL,
	"source_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actions_code_check" CHECK ("actions"."code" ~ '^[1-9][0-9]*\.[1-9][0-9]*$'),
	CONSTRAINT "actions_baseline_check" CHECK ("actions"."baseline_due" >= "actions"."baseline_start"),
	CONSTRAINT "actions_forecast_check" CHECK ("actions"."forecast_due" is null or "actions"."forecast_due" >= "actions"."baseline_start"),
	CONSTRAINT "actions_provenance_check" CHECK ("actions"."provenance" in ('confirmed', 'illustrative')),
	CONSTRAINT "actions_confirmed_has_source_check" CHECK ("actions"."provenance" <> 'confirmed' or coalesce("actions"."source_url", '') ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "completion_criteria" (
	"id" serial PRIMARY KEY NOT NULL,
	"action_id" integer NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "completion_criteria_position_check" CHECK ("completion_criteria"."position" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" serial PRIMARY KEY NOT NULL,
	"action_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"title_mi" text,
	"baseline_due" date NOT NULL,
	"forecast_due" date,
	"completed_on" date,
	"weight" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "milestones_weight_check" CHECK ("milestones"."weight" > 0),
	CONSTRAINT "milestones_position_check" CHECK ("milestones"."position" > 0)
);
--> statement-breakpoint
CREATE TABLE "period_snapshots" (
	"period_id" integer NOT NULL,
	"action_id" integer NOT NULL,
	"payload" jsonb NOT NULL,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "period_snapshots_period_id_action_id_pk" PRIMARY KEY("period_id","action_id")
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" serial PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"grace_until" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_periods_dates_check" CHECK ("reporting_periods"."ends_on" >= "reporting_periods"."starts_on"),
	CONSTRAINT "reporting_periods_deadlines_check" CHECK ("reporting_periods"."opens_at" <= "reporting_periods"."due_at" and "reporting_periods"."due_at" <= "reporting_periods"."grace_until" and "reporting_periods"."grace_until" <= "reporting_periods"."closes_at")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"agency_id" integer,
	"password_hash" text,
	"disabled_at" timestamp with time zone,
	"session_version" integer DEFAULT 0 NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('agency_staff', 'agency_approver', 'tec_monitor', 'admin')),
	CONSTRAINT "users_email_lowercase_check" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_agency_role_check" CHECK ("users"."role" not in ('agency_staff', 'agency_approver') or "users"."agency_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "progress_updates" (
	"id" serial PRIMARY KEY NOT NULL,
	"action_id" integer NOT NULL,
	"period_id" integer,
	"agency_id" integer NOT NULL,
	"author_id" integer,
	"state" text DEFAULT 'draft' NOT NULL,
	"stage" text NOT NULL,
	"confidence" text,
	"public_narrative" text DEFAULT '' NOT NULL,
	"internal_notes" text DEFAULT '' NOT NULL,
	"risks" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"explanation" text,
	"recovery_step" text,
	"not_proceeding_reason" text,
	"forecast_due" date,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"publish_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_updates_state_check" CHECK ("progress_updates"."state" in ('draft', 'submitted', 'agency_approved', 'changes_requested', 'withdrawn', 'published')),
	CONSTRAINT "progress_updates_stage_check" CHECK ("progress_updates"."stage" in ('not_started', 'underway', 'complete', 'completed_modified', 'not_proceeding')),
	CONSTRAINT "progress_updates_confidence_check" CHECK ("progress_updates"."confidence" is null or "progress_updates"."confidence" in ('on_track', 'probable', 'feasible', 'at_risk', 'unachievable')),
	CONSTRAINT "progress_updates_version_check" CHECK ("progress_updates"."version" > 0),
	CONSTRAINT "progress_updates_published_check" CHECK (("progress_updates"."state" = 'published') = ("progress_updates"."published_at" is not null)),
	CONSTRAINT "progress_updates_not_proceeding_reason_check" CHECK ("progress_updates"."stage" <> 'not_proceeding' or coalesce(length(trim("progress_updates"."not_proceeding_reason")), 0) > 0)
);
--> statement-breakpoint
CREATE TABLE "update_criterion_assessments" (
	"update_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"met" boolean NOT NULL,
	"evidence_url" text,
	"evidence_reference" text,
	CONSTRAINT "update_criterion_assessments_update_id_criterion_id_pk" PRIMARY KEY("update_id","criterion_id"),
	CONSTRAINT "update_criterion_assessments_evidence_check" CHECK (not "update_criterion_assessments"."met" or "update_criterion_assessments"."evidence_url" is not null or "update_criterion_assessments"."evidence_reference" is not null),
	CONSTRAINT "update_criterion_assessments_url_check" CHECK ("update_criterion_assessments"."evidence_url" is null or "update_criterion_assessments"."evidence_url" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "update_evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"update_id" integer NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"document_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "update_evidence_target_check" CHECK ("update_evidence"."url" is not null or "update_evidence"."document_reference" is not null),
	CONSTRAINT "update_evidence_url_check" CHECK ("update_evidence"."url" is null or "update_evidence"."url" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "update_milestone_completions" (
	"update_id" integer NOT NULL,
	"milestone_id" integer NOT NULL,
	"completed_on" date NOT NULL,
	CONSTRAINT "update_milestone_completions_update_id_milestone_id_pk" PRIMARY KEY("update_id","milestone_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_actions" (
	"indicator_id" integer NOT NULL,
	"action_id" integer NOT NULL,
	CONSTRAINT "indicator_actions_indicator_id_action_id_pk" PRIMARY KEY("indicator_id","action_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_readings" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"period_id" integer NOT NULL,
	"breakdown_kind" text DEFAULT 'total' NOT NULL,
	"breakdown_value" text DEFAULT '' NOT NULL,
	"value" numeric NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_readings_breakdown_kind_check" CHECK ("indicator_readings"."breakdown_kind" in ('total', 'population_group', 'region')),
	CONSTRAINT "indicator_readings_breakdown_value_check" CHECK (("indicator_readings"."breakdown_kind" = 'total' and "indicator_readings"."breakdown_value" = '')
        or ("indicator_readings"."breakdown_kind" = 'population_group' and "indicator_readings"."breakdown_value" in ('maori', 'pacific_peoples', 'disabled_people', 'refugee_background', 'neet_youth'))
        or ("indicator_readings"."breakdown_kind" = 'region' and "indicator_readings"."breakdown_value" <> ''))
);
--> statement-breakpoint
CREATE TABLE "indicator_recommendations" (
	"indicator_id" integer NOT NULL,
	"recommendation_id" integer NOT NULL,
	CONSTRAINT "indicator_recommendations_indicator_id_recommendation_id_pk" PRIMARY KEY("indicator_id","recommendation_id")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"title_mi" text,
	"description" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"baseline_value" numeric NOT NULL,
	"baseline_date" date NOT NULL,
	"target_value" numeric NOT NULL,
	"target_date" date NOT NULL,
	"data_source" text NOT NULL,
	"owner_agency_id" integer NOT NULL,
	"provenance" text DEFAULT 'illustrative' NOT NULL,
	"source_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_direction_check" CHECK ("indicators"."direction" in ('increase', 'decrease', 'maintain')),
	CONSTRAINT "indicators_dates_check" CHECK ("indicators"."target_date" > "indicators"."baseline_date"),
	CONSTRAINT "indicators_provenance_check" CHECK ("indicators"."provenance" in ('confirmed', 'illustrative')),
	CONSTRAINT "indicators_confirmed_has_source_check" CHECK ("indicators"."provenance" <> 'confirmed' or coalesce("indicators"."source_url", '') ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_label" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"event" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "change_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"kind" text NOT NULL,
	"action_id" integer,
	"plan_version_id" integer,
	"state" text DEFAULT 'proposed' NOT NULL,
	"summary" text NOT NULL,
	"reason" text NOT NULL,
	"approving_body" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"requested_by_id" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "change_requests_kind_check" CHECK ("change_requests"."kind" in ('add', 'rephase', 'reassign', 'merge', 'split', 'stop')),
	CONSTRAINT "change_requests_state_check" CHECK ("change_requests"."state" in ('proposed', 'approved', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workstream_recommendations" ADD CONSTRAINT "workstream_recommendations_workstream_id_workstreams_id_fk" FOREIGN KEY ("workstream_id") REFERENCES "public"."workstreams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workstream_recommendations" ADD CONSTRAINT "workstream_recommendations_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workstreams" ADD CONSTRAINT "workstreams_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workstreams" ADD CONSTRAINT "workstreams_lead_agency_id_agencies_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_contributors" ADD CONSTRAINT "action_contributors_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_contributors" ADD CONSTRAINT "action_contributors_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_dependencies" ADD CONSTRAINT "action_dependencies_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_dependencies" ADD CONSTRAINT "action_dependencies_predecessor_id_actions_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_recommendations" ADD CONSTRAINT "action_recommendations_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_recommendations" ADD CONSTRAINT "action_recommendations_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_workstream_id_workstreams_id_fk" FOREIGN KEY ("workstream_id") REFERENCES "public"."workstreams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_lead_agency_id_agencies_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completion_criteria" ADD CONSTRAINT "completion_criteria_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_snapshots" ADD CONSTRAINT "period_snapshots_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_snapshots" ADD CONSTRAINT "period_snapshots_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_criterion_assessments" ADD CONSTRAINT "update_criterion_assessments_update_id_progress_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."progress_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_criterion_assessments" ADD CONSTRAINT "update_criterion_assessments_criterion_id_completion_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."completion_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_evidence" ADD CONSTRAINT "update_evidence_update_id_progress_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."progress_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_milestone_completions" ADD CONSTRAINT "update_milestone_completions_update_id_progress_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."progress_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_milestone_completions" ADD CONSTRAINT "update_milestone_completions_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actions" ADD CONSTRAINT "indicator_actions_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actions" ADD CONSTRAINT "indicator_actions_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_readings" ADD CONSTRAINT "indicator_readings_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_readings" ADD CONSTRAINT "indicator_readings_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_recommendations" ADD CONSTRAINT "indicator_recommendations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_recommendations" ADD CONSTRAINT "indicator_recommendations_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_slug_idx" ON "agencies" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "focus_areas_plan_number_idx" ON "focus_areas" USING btree ("plan_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_plan_version_idx" ON "plan_versions" USING btree ("plan_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_slug_idx" ON "plans" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "recommendations_plan_number_idx" ON "recommendations" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "recommendations_focus_area_idx" ON "recommendations" USING btree ("focus_area_id");--> statement-breakpoint
CREATE INDEX "workstream_recommendations_recommendation_idx" ON "workstream_recommendations" USING btree ("recommendation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workstreams_plan_number_idx" ON "workstreams" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "workstreams_lead_agency_idx" ON "workstreams" USING btree ("lead_agency_id");--> statement-breakpoint
CREATE INDEX "action_contributors_agency_idx" ON "action_contributors" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "action_dependencies_predecessor_idx" ON "action_dependencies" USING btree ("predecessor_id");--> statement-breakpoint
CREATE INDEX "action_recommendations_recommendation_idx" ON "action_recommendations" USING btree ("recommendation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "actions_plan_code_idx" ON "actions" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "actions_workstream_idx" ON "actions" USING btree ("workstream_id");--> statement-breakpoint
CREATE INDEX "actions_lead_agency_idx" ON "actions" USING btree ("lead_agency_id");--> statement-breakpoint
CREATE INDEX "actions_foundational_idx" ON "actions" USING btree ("foundational");--> statement-breakpoint
CREATE INDEX "actions_baseline_due_idx" ON "actions" USING btree ("baseline_due");--> statement-breakpoint
CREATE UNIQUE INDEX "completion_criteria_action_position_idx" ON "completion_criteria" USING btree ("action_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "milestones_action_position_idx" ON "milestones" USING btree ("action_id","position");--> statement-breakpoint
CREATE INDEX "milestones_baseline_due_idx" ON "milestones" USING btree ("baseline_due");--> statement-breakpoint
CREATE INDEX "period_snapshots_action_idx" ON "period_snapshots" USING btree ("action_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_periods_label_idx" ON "reporting_periods" USING btree ("label");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_periods_starts_on_idx" ON "reporting_periods" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "reporting_periods_closed_at_idx" ON "reporting_periods" USING btree ("closed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_agency_idx" ON "users" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "progress_updates_action_published_idx" ON "progress_updates" USING btree ("action_id","published_at");--> statement-breakpoint
CREATE INDEX "progress_updates_period_idx" ON "progress_updates" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "progress_updates_agency_idx" ON "progress_updates" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "progress_updates_author_idx" ON "progress_updates" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "progress_updates_state_idx" ON "progress_updates" USING btree ("state");--> statement-breakpoint
CREATE INDEX "progress_updates_published_at_idx" ON "progress_updates" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "update_criterion_assessments_criterion_idx" ON "update_criterion_assessments" USING btree ("criterion_id");--> statement-breakpoint
CREATE INDEX "update_evidence_update_idx" ON "update_evidence" USING btree ("update_id");--> statement-breakpoint
CREATE INDEX "update_milestone_completions_milestone_idx" ON "update_milestone_completions" USING btree ("milestone_id");--> statement-breakpoint
CREATE INDEX "indicator_actions_action_idx" ON "indicator_actions" USING btree ("action_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_readings_unique_idx" ON "indicator_readings" USING btree ("indicator_id","period_id","breakdown_kind","breakdown_value");--> statement-breakpoint
CREATE INDEX "indicator_readings_period_idx" ON "indicator_readings" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "indicator_recommendations_recommendation_idx" ON "indicator_recommendations" USING btree ("recommendation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_code_idx" ON "indicators" USING btree ("code");--> statement-breakpoint
CREATE INDEX "indicators_owner_agency_idx" ON "indicators" USING btree ("owner_agency_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "change_requests_plan_idx" ON "change_requests" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "change_requests_action_idx" ON "change_requests" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "change_requests_plan_version_idx" ON "change_requests" USING btree ("plan_version_id");--> statement-breakpoint
CREATE INDEX "change_requests_requested_by_idx" ON "change_requests" USING btree ("requested_by_id");--> statement-breakpoint
CREATE INDEX "change_requests_state_idx" ON "change_requests" USING btree ("state");