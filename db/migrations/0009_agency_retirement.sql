ALTER TABLE "agencies" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_acronym_idx" ON "agencies" USING btree (lower("acronym"));