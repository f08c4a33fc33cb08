CREATE TABLE "action_search_documents" (
	"action_id" integer PRIMARY KEY NOT NULL,
	"document" "tsvector" NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_search_documents" ADD CONSTRAINT "action_search_documents_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_search_documents_document_idx" ON "action_search_documents" USING gin ("document") WITH (fastupdate=false);