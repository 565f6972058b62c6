ALTER TABLE "audit_log" ADD COLUMN "subject" text;--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject","id");