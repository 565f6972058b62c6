CREATE TYPE "public"."indicator_code" AS ENUM('org_mgmt_team_pd_share', 'org_staff_plan_share', 'org_mentoring_model_share', 'staff_pd_share', 'teacher_iom_share', 'teacher_mentoring_share', 'young_teacher_support_share', 'teacher_community_share', 'community_count', 'teacher_active_share', 'teacher_methodist_supported_share', 'practice_products_count', 'help_received_share', 'iom_diagnostics_support_share', 'practice_demonstrated_share', 'project_participants_count', 'practice_adopters_count', 'event_participation_share', 'attestation_share', 'young_activity_share', 'mgmt_team_pd_count', 'individual_help_share', 'consilium_count', 'org_methodical_service_count', 'registry_pd_after_diagnostics_share', 'diagnostics_share', 'iom_after_diagnostics_share');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('frozen', 'submitted', 'returned', 'accepted', 'superseded');--> statement-breakpoint
CREATE TABLE "report_lines" (
	"report_id" integer NOT NULL,
	"subject" text NOT NULL,
	"member_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"detail" text,
	CONSTRAINT "report_lines_report_id_subject_member_id_pk" PRIMARY KEY("report_id","subject","member_id")
);
--> statement-breakpoint
CREATE TABLE "report_members" (
	"report_id" integer NOT NULL,
	"indicator" "indicator_code" NOT NULL,
	"in_numerator" boolean NOT NULL,
	"member_id" integer NOT NULL,
	CONSTRAINT "report_members_report_id_indicator_member_id_pk" PRIMARY KEY("report_id","indicator","member_id")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_id" integer NOT NULL,
	"municipality_id" integer,
	"territory_code" text NOT NULL,
	"territory_name" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"version" integer NOT NULL,
	"status" "report_status" DEFAULT 'frozen' NOT NULL,
	"profile_code" text,
	"profile_title" text,
	"indicators" jsonb,
	"breakdown" jsonb,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"frozen_by" integer,
	"frozen_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by_name" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_name" text,
	"review_comment" text,
	CONSTRAINT "reports_period_order" CHECK ("reports"."period_from" <= "reports"."period_to")
);
--> statement-breakpoint
ALTER TABLE "report_lines" ADD CONSTRAINT "report_lines_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_members" ADD CONSTRAINT "report_members_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reports_version_uq" ON "reports" USING btree ("region_id",coalesce("municipality_id", 0),"period_from","period_to","version");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_current_uq" ON "reports" USING btree ("region_id",coalesce("municipality_id", 0),"period_from","period_to") WHERE "reports"."status" in ('frozen', 'submitted', 'accepted');--> statement-breakpoint
CREATE INDEX "reports_period_idx" ON "reports" USING btree ("period_to","period_from");