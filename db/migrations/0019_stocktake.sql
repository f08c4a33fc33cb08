CREATE TABLE "stocktake_answers" (
	"response_id" integer NOT NULL,
	"question_id" integer NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stocktake_answers_response_id_question_id_pk" PRIMARY KEY("response_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "stocktake_questions" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"section_id" integer NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"label_mi" text,
	"help" text,
	"help_mi" text,
	"required" boolean DEFAULT false NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"limits" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"field" text,
	CONSTRAINT "stocktake_questions_kind_check" CHECK ("stocktake_questions"."kind" in ('text', 'long_text', 'choice', 'choices', 'region', 'population_group', 'support_kind', 'date', 'number', 'plan_link')),
	CONSTRAINT "stocktake_questions_field_check" CHECK ("stocktake_questions"."field" is null or "stocktake_questions"."field" in ('organisation', 'contact_name', 'contact_email', 'contact_address', 'name', 'description', 'scale', 'regions', 'populations', 'supports', 'funding', 'start_date', 'end_date', 'plan_links')),
	CONSTRAINT "stocktake_questions_position_check" CHECK ("stocktake_questions"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stocktake_responses" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"token_expires_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"duplicate_of_id" integer,
	"review_question" text,
	"review_answer" text,
	"current_step" integer DEFAULT 0 NOT NULL,
	"email" text,
	"language" text DEFAULT 'en' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stocktake_responses_status_check" CHECK ("stocktake_responses"."status" in ('draft', 'submitted', 'returned', 'accepted', 'duplicate')),
	CONSTRAINT "stocktake_responses_language_check" CHECK ("stocktake_responses"."language" in ('en', 'mi')),
	CONSTRAINT "stocktake_responses_duplicate_check" CHECK (("stocktake_responses"."status" = 'duplicate') = ("stocktake_responses"."duplicate_of_id" is not null) and "stocktake_responses"."duplicate_of_id" is distinct from "stocktake_responses"."id"),
	CONSTRAINT "stocktake_responses_returned_check" CHECK ("stocktake_responses"."status" <> 'returned' or "stocktake_responses"."review_question" is not null),
	CONSTRAINT "stocktake_responses_current_step_check" CHECK ("stocktake_responses"."current_step" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stocktake_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"title_mi" text,
	"purpose" text NOT NULL,
	"audience" text NOT NULL,
	"introduction" text NOT NULL,
	"introduction_mi" text,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"overlap_threshold" integer DEFAULT 3 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stocktake_rounds_slug_check" CHECK ("stocktake_rounds"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "stocktake_rounds_dates_check" CHECK ("stocktake_rounds"."closes_at" > "stocktake_rounds"."opens_at"),
	CONSTRAINT "stocktake_rounds_overlap_threshold_check" CHECK ("stocktake_rounds"."overlap_threshold" >= 2),
	CONSTRAINT "stocktake_rounds_state_check" CHECK ("stocktake_rounds"."state" in ('draft', 'published'))
);
--> statement-breakpoint
CREATE TABLE "stocktake_sections" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"title_mi" text,
	"introduction" text,
	"introduction_mi" text,
	CONSTRAINT "stocktake_sections_position_check" CHECK ("stocktake_sections"."position" >= 0)
);
--> statement-breakpoint
ALTER TABLE "stocktake_answers" ADD CONSTRAINT "stocktake_answers_response_id_stocktake_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."stocktake_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stocktake_answers" ADD CONSTRAINT "stocktake_answers_question_id_stocktake_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."stocktake_questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stocktake_questions" ADD CONSTRAINT "stocktake_questions_round_id_stocktake_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."stocktake_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stocktake_questions" ADD CONSTRAINT "stocktake_questions_section_id_stocktake_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."stocktake_sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stocktake_responses" ADD CONSTRAINT "stocktake_responses_round_id_stocktake_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."stocktake_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stocktake_responses" ADD CONSTRAINT "stocktake_responses_duplicate_of_id_stocktake_responses_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."stocktake_responses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stocktake_responses" ADD CONSTRAINT "stocktake_responses_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stocktake_sections" ADD CONSTRAINT "stocktake_sections_round_id_stocktake_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."stocktake_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stocktake_answers_question_id_idx" ON "stocktake_answers" USING btree ("question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stocktake_questions_section_position_idx" ON "stocktake_questions" USING btree ("section_id","position");--> statement-breakpoint
CREATE INDEX "stocktake_questions_round_id_idx" ON "stocktake_questions" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stocktake_questions_round_field_idx" ON "stocktake_questions" USING btree ("round_id","field") WHERE "stocktake_questions"."field" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "stocktake_responses_token_hash_idx" ON "stocktake_responses" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "stocktake_responses_round_status_idx" ON "stocktake_responses" USING btree ("round_id","status");--> statement-breakpoint
CREATE INDEX "stocktake_responses_duplicate_of_id_idx" ON "stocktake_responses" USING btree ("duplicate_of_id");--> statement-breakpoint
CREATE INDEX "stocktake_responses_reviewed_by_id_idx" ON "stocktake_responses" USING btree ("reviewed_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stocktake_rounds_slug_idx" ON "stocktake_rounds" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "stocktake_sections_round_position_idx" ON "stocktake_sections" USING btree ("round_id","position");