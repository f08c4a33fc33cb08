CREATE TABLE "update_milestone_forecasts" (
	"update_id" integer NOT NULL,
	"milestone_id" integer NOT NULL,
	"forecast_due" date NOT NULL,
	CONSTRAINT "update_milestone_forecasts_update_id_milestone_id_pk" PRIMARY KEY("update_id","milestone_id")
);
--> statement-breakpoint
ALTER TABLE "update_milestone_forecasts" ADD CONSTRAINT "update_milestone_forecasts_update_id_progress_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."progress_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_milestone_forecasts" ADD CONSTRAINT "update_milestone_forecasts_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "update_milestone_forecasts_milestone_idx" ON "update_milestone_forecasts" USING btree ("milestone_id");