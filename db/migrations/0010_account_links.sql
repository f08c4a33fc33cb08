ALTER TABLE "users" ADD COLUMN "account_link_hash" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "account_link_kind" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "account_link_expires_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "users_account_link_idx" ON "users" USING btree ("account_link_hash");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_account_link_check" CHECK (("users"."account_link_hash" is null) = ("users"."account_link_expires_at" is null) and ("users"."account_link_hash" is null) = ("users"."account_link_kind" is null));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_account_link_kind_check" CHECK ("users"."account_link_kind" in ('invite', 'reset'));