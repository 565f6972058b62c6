CREATE TYPE "public"."active_kind" AS ENUM('methodical', 'expert');--> statement-breakpoint
CREATE TYPE "public"."active_level" AS ENUM('municipal', 'regional');--> statement-breakpoint
CREATE TYPE "public"."activity_kind" AS ENUM('course', 'internship', 'mentoring', 'master_class', 'event', 'horizontal', 'self_education');--> statement-breakpoint
CREATE TYPE "public"."attestation_category" AS ENUM('first', 'highest');--> statement-breakpoint
CREATE TYPE "public"."community_kind" AS ENUM('association', 'creative_group', 'young_teacher_school', 'base_site', 'internship_site', 'virtual', 'school_association', 'council');--> statement-breakpoint
CREATE TYPE "public"."community_level" AS ENUM('school', 'municipal', 'regional');--> statement-breakpoint
CREATE TYPE "public"."community_role" AS ENUM('leader', 'member');--> statement-breakpoint
CREATE TYPE "public"."consultation_outcome" AS ENUM('full', 'partial', 'none');--> statement-breakpoint
CREATE TYPE "public"."employment_category" AS ENUM('teacher', 'manager');--> statement-breakpoint
CREATE TYPE "public"."event_audience" AS ENUM('young_teachers', 'managers', 'teachers');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('seminar', 'conference', 'master_class', 'webinar', 'contest', 'olympiad', 'forum', 'consilium', 'project', 'other');--> statement-breakpoint
CREATE TYPE "public"."level" AS ENUM('school', 'municipal', 'regional', 'federal');--> statement-breakpoint
CREATE TYPE "public"."organization_flag" AS ENUM('low_results', 'hard_social', 'internship_site', 'base_site', 'innovation_site', 'mentoring_model', 'staff_plan', 'methodical_service');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('school', 'kindergarten', 'additional', 'college', 'methodical_center', 'other');--> statement-breakpoint
CREATE TYPE "public"."participation_role" AS ENUM('participant', 'speaker', 'winner', 'prize', 'organizer');--> statement-breakpoint
CREATE TYPE "public"."practice_status" AS ENUM('submitted', 'in_review', 'published', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('region_admin', 'region_methodist', 'authority', 'municipal_head', 'municipal_methodist', 'school_admin', 'tutor', 'expert', 'teacher');--> statement-breakpoint
CREATE TYPE "public"."route_status" AS ENUM('draft', 'agreed', 'in_progress', 'completed', 'cancelled');--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_failures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"login" text NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "user_roles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"role" "role" NOT NULL,
	"municipality_id" integer,
	"organization_id" integer,
	CONSTRAINT "user_roles_single_territory" CHECK (municipality_id is null or organization_id is null)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"login" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"person_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_login_unique" UNIQUE("login")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"user_login" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"entity_label" text,
	"municipality_ids" integer[],
	"changes" jsonb
);
--> statement-breakpoint
CREATE TABLE "communities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "communities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "community_kind" NOT NULL,
	"level" "community_level" NOT NULL,
	"municipality_id" integer,
	"organization_id" integer,
	"start" date,
	"end" date,
	CONSTRAINT "communities_code_unique" UNIQUE("code"),
	CONSTRAINT "communities_dates_ordered" CHECK (start is null or "end" is null or "end" >= start)
);
--> statement-breakpoint
CREATE TABLE "community_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "community_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"community_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"role" "community_role" DEFAULT 'member' NOT NULL,
	"start" date NOT NULL,
	"end" date,
	CONSTRAINT "community_members_dates_ordered" CHECK ("end" is null or "end" >= start)
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "consultations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"requester_id" integer NOT NULL,
	"date" date NOT NULL,
	"assignee_id" integer,
	"assignee_level" "level",
	"resolved_on" date,
	"outcome" "consultation_outcome",
	CONSTRAINT "consultations_code_unique" UNIQUE("code"),
	CONSTRAINT "consultations_resolved_after_request" CHECK (resolved_on is null or resolved_on >= date)
);
--> statement-breakpoint
CREATE TABLE "completions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "completions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"person_id" integer NOT NULL,
	"programme_id" integer NOT NULL,
	"start" date,
	"end" date NOT NULL,
	"certificate" text,
	CONSTRAINT "completions_dates_ordered" CHECK (start is null or "end" >= start)
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "programmes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"hours" integer,
	"federal_registry" boolean DEFAULT false NOT NULL,
	"for_management_teams" boolean DEFAULT false NOT NULL,
	"provider" text,
	CONSTRAINT "programmes_code_unique" UNIQUE("code"),
	CONSTRAINT "programmes_hours_positive" CHECK (hours is null or hours > 0)
);
--> statement-breakpoint
CREATE TABLE "deficits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deficits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"diagnostic_id" integer NOT NULL,
	"position" integer NOT NULL,
	"competency" text NOT NULL,
	"level" text
);
--> statement-breakpoint
CREATE TABLE "diagnostics" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "diagnostics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"person_id" integer NOT NULL,
	"date" date NOT NULL,
	CONSTRAINT "diagnostics_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"kind" "event_kind" NOT NULL,
	"level" "level" NOT NULL,
	"municipality_id" integer,
	"start" date NOT NULL,
	"end" date,
	"audience" "event_audience"[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "events_code_unique" UNIQUE("code"),
	CONSTRAINT "events_dates_ordered" CHECK ("end" is null or "end" >= start)
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"event_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"role" "participation_role" DEFAULT 'participant' NOT NULL,
	"attended" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_pairs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mentoring_pairs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"mentor_id" integer NOT NULL,
	"mentee_id" integer NOT NULL,
	"organization_id" integer,
	"start" date NOT NULL,
	"end" date,
	CONSTRAINT "mentoring_pairs_distinct" CHECK (mentor_id <> mentee_id),
	CONSTRAINT "mentoring_pairs_dates_ordered" CHECK ("end" is null or "end" >= start)
);
--> statement-breakpoint
CREATE TABLE "practice_adoptions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "practice_adoptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"practice_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_authors" (
	"practice_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "practice_authors_practice_id_person_id_pk" PRIMARY KEY("practice_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "practices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"status" "practice_status" DEFAULT 'submitted' NOT NULL,
	"published_on" date,
	CONSTRAINT "practices_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "active_memberships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "active_memberships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"person_id" integer NOT NULL,
	"kind" "active_kind" NOT NULL,
	"level" "active_level" NOT NULL,
	"start" date NOT NULL,
	"end" date,
	CONSTRAINT "active_memberships_dates_ordered" CHECK ("end" is null or "end" >= start)
);
--> statement-breakpoint
CREATE TABLE "attestations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attestations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"person_id" integer NOT NULL,
	"category" "attestation_category" NOT NULL,
	"date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "employments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"person_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"position" text NOT NULL,
	"category" "employment_category" NOT NULL,
	"start" date NOT NULL,
	"end" date,
	"subjects" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "employments_dates_ordered" CHECK ("end" is null or "end" >= start)
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "municipalities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"region_id" integer NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "municipalities_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organizations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"municipality_id" integer NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" "organization_kind" NOT NULL,
	"flags" "organization_flag"[] DEFAULT '{}' NOT NULL,
	"flags_reviewed_at" timestamp with time zone,
	"address" text,
	CONSTRAINT "organizations_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"birth_date" date,
	"career_start" date,
	"email" text,
	"phone" text,
	"snils" text,
	"search_name" text GENERATED ALWAYS AS (translate(lower(last_name || ' ' || first_name || ' ' || coalesce(middle_name, '')), 'ё', 'е')) STORED,
	CONSTRAINT "people_code_unique" UNIQUE("code"),
	CONSTRAINT "people_career_after_birth" CHECK (career_start is null or birth_date is null or career_start > birth_date)
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "regions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "regions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "route_activities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "route_activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"route_id" integer NOT NULL,
	"position" integer NOT NULL,
	"kind" "activity_kind" NOT NULL,
	"programme_id" integer,
	"planned_end" date,
	"completed_on" date
);
--> statement-breakpoint
CREATE TABLE "routes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "routes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"person_id" integer NOT NULL,
	"status" "route_status" DEFAULT 'draft' NOT NULL,
	"start" date,
	"end" date,
	"methodist_id" integer,
	"diagnostic_id" integer,
	CONSTRAINT "routes_code_unique" UNIQUE("code"),
	CONSTRAINT "routes_dates_ordered" CHECK (start is null or "end" is null or "end" >= start)
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_members" ADD CONSTRAINT "community_members_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_members" ADD CONSTRAINT "community_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_requester_id_people_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_assignee_id_people_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completions" ADD CONSTRAINT "completions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completions" ADD CONSTRAINT "completions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deficits" ADD CONSTRAINT "deficits_diagnostic_id_diagnostics_id_fk" FOREIGN KEY ("diagnostic_id") REFERENCES "public"."diagnostics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostics" ADD CONSTRAINT "diagnostics_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "mentoring_pairs_mentor_id_people_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "mentoring_pairs_mentee_id_people_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "mentoring_pairs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_adoptions" ADD CONSTRAINT "practice_adoptions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_adoptions" ADD CONSTRAINT "practice_adoptions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_authors" ADD CONSTRAINT "practice_authors_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_authors" ADD CONSTRAINT "practice_authors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "active_memberships" ADD CONSTRAINT "active_memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_activities" ADD CONSTRAINT "route_activities_route_id_routes_id_fk" FOREIGN KEY ("route_id") REFERENCES "public"."routes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_activities" ADD CONSTRAINT "route_activities_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routes" ADD CONSTRAINT "routes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routes" ADD CONSTRAINT "routes_methodist_id_people_id_fk" FOREIGN KEY ("methodist_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routes" ADD CONSTRAINT "routes_diagnostic_id_diagnostics_id_fk" FOREIGN KEY ("diagnostic_id") REFERENCES "public"."diagnostics"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_failures_login_idx" ON "login_failures" USING btree ("login","at");--> statement-breakpoint
CREATE INDEX "login_failures_ip_idx" ON "login_failures" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_roles_user_idx" ON "user_roles" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_roles_unique" ON "user_roles" USING btree ("user_id","role",coalesce(municipality_id, 0),coalesce(organization_id, 0));--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "communities_municipality_idx" ON "communities" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "communities_organization_idx" ON "communities" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "community_members_natural_key" ON "community_members" USING btree ("community_id","person_id","start");--> statement-breakpoint
CREATE INDEX "community_members_person_idx" ON "community_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "consultations_requester_idx" ON "consultations" USING btree ("requester_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "completions_natural_key" ON "completions" USING btree ("person_id","programme_id","end");--> statement-breakpoint
CREATE INDEX "completions_end_idx" ON "completions" USING btree ("end","person_id");--> statement-breakpoint
CREATE INDEX "deficits_diagnostic_idx" ON "deficits" USING btree ("diagnostic_id","position");--> statement-breakpoint
CREATE INDEX "deficits_competency_idx" ON "deficits" USING btree (lower("competency"));--> statement-breakpoint
CREATE INDEX "diagnostics_person_idx" ON "diagnostics" USING btree ("person_id","date");--> statement-breakpoint
CREATE INDEX "events_start_idx" ON "events" USING btree ("start");--> statement-breakpoint
CREATE INDEX "events_municipality_idx" ON "events" USING btree ("municipality_id","start");--> statement-breakpoint
CREATE UNIQUE INDEX "participations_natural_key" ON "participations" USING btree ("event_id","person_id");--> statement-breakpoint
CREATE INDEX "participations_person_idx" ON "participations" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_pairs_natural_key" ON "mentoring_pairs" USING btree ("mentor_id","mentee_id","start");--> statement-breakpoint
CREATE INDEX "mentoring_pairs_mentee_idx" ON "mentoring_pairs" USING btree ("mentee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_adoptions_natural_key" ON "practice_adoptions" USING btree ("practice_id","person_id");--> statement-breakpoint
CREATE INDEX "practice_adoptions_person_idx" ON "practice_adoptions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "practice_authors_person_idx" ON "practice_authors" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "active_memberships_natural_key" ON "active_memberships" USING btree ("person_id","kind","level","start");--> statement-breakpoint
CREATE UNIQUE INDEX "attestations_natural_key" ON "attestations" USING btree ("person_id","category","date");--> statement-breakpoint
CREATE UNIQUE INDEX "employments_natural_key" ON "employments" USING btree ("person_id","organization_id","position","start");--> statement-breakpoint
CREATE INDEX "employments_organization_idx" ON "employments" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "employments_person_idx" ON "employments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "municipalities_region_idx" ON "municipalities" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "organizations_municipality_idx" ON "organizations" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "organizations_name_trgm_idx" ON "organizations" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_search_trgm_idx" ON "people" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_natural_idx" ON "people" USING btree ("last_name","first_name","birth_date");--> statement-breakpoint
CREATE INDEX "route_activities_route_idx" ON "route_activities" USING btree ("route_id","position");--> statement-breakpoint
CREATE INDEX "route_activities_programme_idx" ON "route_activities" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "routes_person_idx" ON "routes" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "routes_methodist_idx" ON "routes" USING btree ("methodist_id");