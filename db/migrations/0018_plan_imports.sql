CREATE TABLE "plan_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" integer NOT NULL,
	"uploaded_by_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"byte_size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"state" text DEFAULT 'checked' NOT NULL,
	"problem_count" integer NOT NULL,
	"change_count" integer NOT NULL,
	"preview" jsonb NOT NULL,
	"applied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_imports_state_check" CHECK ("plan_imports"."state" in ('checked', 'applied')),
	CONSTRAINT "plan_imports_format_check" CHECK ("plan_imports"."format" in ('xlsx', 'csv', 'json')),
	CONSTRAINT "plan_imports_applied_check" CHECK (("plan_imports"."state" = 'applied') = ("plan_imports"."applied_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "plan_imports" ADD CONSTRAINT "plan_imports_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_imports" ADD CONSTRAINT "plan_imports_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_imports_plan_idx" ON "plan_imports" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_imports_uploaded_by_idx" ON "plan_imports" USING btree ("uploaded_by_id");