CREATE TABLE "subscription_consents" (
	"id" serial PRIMARY KEY NOT NULL,
	"subscription_id" integer NOT NULL,
	"scope" text NOT NULL,
	"target" text NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"page_path" text NOT NULL,
	"wording" text NOT NULL,
	"language" text NOT NULL,
	CONSTRAINT "subscription_consents_language_check" CHECK ("subscription_consents"."language" in ('en', 'mi'))
);
--> statement-breakpoint
CREATE TABLE "subscription_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" text NOT NULL,
	"address_id" integer NOT NULL,
	"subscription_id" integer,
	"expires_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "subscription_tokens_purpose_check" CHECK ("subscription_tokens"."purpose" in ('confirm', 'unsubscribe', 'manage')),
	CONSTRAINT "subscription_tokens_subscription_check" CHECK (("subscription_tokens"."purpose" = 'manage') = ("subscription_tokens"."subscription_id" is null))
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" serial PRIMARY KEY NOT NULL,
	"address_id" integer NOT NULL,
	"scope" text NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_scope_check" CHECK ("subscriptions"."scope" in ('all', 'workstream', 'action')),
	CONSTRAINT "subscriptions_state_check" CHECK ("subscriptions"."state" in ('pending', 'confirmed', 'unsubscribed')),
	CONSTRAINT "subscriptions_all_has_no_target_check" CHECK (("subscriptions"."scope" = 'all') = ("subscriptions"."target" = ''))
);
--> statement-breakpoint
ALTER TABLE "subscription_consents" ADD CONSTRAINT "subscription_consents_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_tokens" ADD CONSTRAINT "subscription_tokens_address_id_mail_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."mail_addresses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_tokens" ADD CONSTRAINT "subscription_tokens_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_address_id_mail_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."mail_addresses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subscription_consents_subscription_id_idx" ON "subscription_consents" USING btree ("subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscription_tokens_token_hash_idx" ON "subscription_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "subscription_tokens_address_id_idx" ON "subscription_tokens" USING btree ("address_id");--> statement-breakpoint
CREATE INDEX "subscription_tokens_subscription_id_idx" ON "subscription_tokens" USING btree ("subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_address_scope_target_idx" ON "subscriptions" USING btree ("address_id","scope","target");--> statement-breakpoint
CREATE INDEX "subscriptions_scope_target_idx" ON "subscriptions" USING btree ("scope","target");