CREATE TABLE "digest_items" (
	"address_id" integer NOT NULL,
	"update_id" integer NOT NULL,
	"message_id" integer NOT NULL,
	"day" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "digest_items_address_id_update_id_pk" PRIMARY KEY("address_id","update_id")
);
--> statement-breakpoint
ALTER TABLE "subscription_tokens" DROP CONSTRAINT "subscription_tokens_purpose_check";--> statement-breakpoint
ALTER TABLE "subscription_tokens" DROP CONSTRAINT "subscription_tokens_subscription_check";--> statement-breakpoint
ALTER TABLE "digest_items" ADD CONSTRAINT "digest_items_address_id_mail_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."mail_addresses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_items" ADD CONSTRAINT "digest_items_update_id_progress_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."progress_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_items" ADD CONSTRAINT "digest_items_message_id_mail_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."mail_messages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digest_items_message_id_idx" ON "digest_items" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "digest_items_update_id_idx" ON "digest_items" USING btree ("update_id");--> statement-breakpoint
ALTER TABLE "subscription_tokens" ADD CONSTRAINT "subscription_tokens_purpose_check" CHECK ("subscription_tokens"."purpose" in ('confirm', 'unsubscribe', 'unsubscribe_all', 'manage'));--> statement-breakpoint
ALTER TABLE "subscription_tokens" ADD CONSTRAINT "subscription_tokens_subscription_check" CHECK (("subscription_tokens"."purpose" in ('unsubscribe_all', 'manage')) = ("subscription_tokens"."subscription_id" is null));