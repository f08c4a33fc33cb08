CREATE TABLE "interface_translations" (
	"locale" text NOT NULL,
	"key" text NOT NULL,
	"text" text NOT NULL,
	"updated_by" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interface_translations_locale_key_pk" PRIMARY KEY("locale","key"),
	CONSTRAINT "interface_translations_locale_check" CHECK ("interface_translations"."locale" in ('en', 'mi'))
);
--> statement-breakpoint
CREATE TABLE "translation_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"locale" text NOT NULL,
	"file_name" text NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changes" jsonb NOT NULL,
	"unchanged" integer NOT NULL,
	"errors" jsonb NOT NULL,
	"applied_at" timestamp with time zone,
	CONSTRAINT "translation_imports_locale_check" CHECK ("translation_imports"."locale" in ('en', 'mi')),
	CONSTRAINT "translation_imports_applied_check" CHECK ("translation_imports"."applied_at" is null or jsonb_array_length("translation_imports"."errors") = 0)
);
--> statement-breakpoint
ALTER TABLE "interface_translations" ADD CONSTRAINT "interface_translations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "translation_imports" ADD CONSTRAINT "translation_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interface_translations_updated_by_idx" ON "interface_translations" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "translation_imports_created_by_idx" ON "translation_imports" USING btree ("created_by");--> statement-breakpoint
-- Imported interface text is public (every page shows it): a change raises the public revision, so
-- cached messages are read again on every server.
CREATE TRIGGER "interface_translations_public_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "interface_translations"
	FOR EACH STATEMENT EXECUTE FUNCTION bump_public_revision();
