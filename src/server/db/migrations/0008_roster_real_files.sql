CREATE TYPE "public"."employment_type" AS ENUM('main', 'internal_part_time', 'external_part_time');--> statement-breakpoint
ALTER TYPE "public"."attestation_category" ADD VALUE 'methodist';--> statement-breakpoint
ALTER TYPE "public"."attestation_category" ADD VALUE 'mentor';--> statement-breakpoint
ALTER TYPE "public"."attestation_category" ADD VALUE 'conformity';--> statement-breakpoint
CREATE TABLE "positions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "positions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"key" text NOT NULL,
	"category" "employment_category" NOT NULL,
	"exact" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
DROP INDEX "employments_natural_key";--> statement-breakpoint
ALTER TABLE "employments" ADD COLUMN "type" "employment_type" DEFAULT 'main' NOT NULL;--> statement-breakpoint
ALTER TABLE "employments" ADD COLUMN "personnel_number" text;--> statement-breakpoint
CREATE UNIQUE INDEX "positions_key" ON "positions" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "employments_natural_key" ON "employments" USING btree ("person_id","organization_id","position","start","type");--> statement-breakpoint
-- The nomenclature of positions (постановление Правительства РФ от 21.02.2022 № 225), from
-- src/server/modules/roster/positions.nomenclature.ts; the region admin edits it afterwards.
INSERT INTO "positions" ("name", "key", "category", "exact") VALUES
  ('Воспитатель', 'воспитатель', 'teacher', false),
  ('Старший воспитатель', 'старший воспитатель', 'teacher', false),
  ('Инструктор по труду', 'инструктор по труду', 'teacher', false),
  ('Инструктор по физической культуре', 'инструктор по физической культуре', 'teacher', false),
  ('Инструктор-методист', 'инструктор-методист', 'teacher', false),
  ('Старший инструктор-методист', 'старший инструктор-методист', 'teacher', false),
  ('Концертмейстер', 'концертмейстер', 'teacher', false),
  ('Логопед', 'логопед', 'teacher', false),
  ('Мастер производственного обучения', 'мастер производственного обучения', 'teacher', false),
  ('Методист', 'методист', 'teacher', false),
  ('Старший методист', 'старший методист', 'teacher', false),
  ('Музыкальный руководитель', 'музыкальный руководитель', 'teacher', false),
  ('Педагог дополнительного образования', 'педагог дополнительного образования', 'teacher', false),
  ('Старший педагог дополнительного образования', 'старший педагог дополнительного образования', 'teacher', false),
  ('Педагог-библиотекарь', 'педагог-библиотекарь', 'teacher', false),
  ('Педагог-организатор', 'педагог-организатор', 'teacher', false),
  ('Педагог-психолог', 'педагог-психолог', 'teacher', false),
  ('Преподаватель', 'преподаватель', 'teacher', false),
  ('Преподаватель-организатор основ безопасности и защиты Родины', 'преподаватель-организатор основ безопасности и защиты родины', 'teacher', false),
  ('Преподаватель-организатор основ безопасности жизнедеятельности', 'преподаватель-организатор основ безопасности жизнедеятельности', 'teacher', false),
  ('Преподаватель-организатор ОБЗР', 'преподаватель-организатор обзр', 'teacher', false),
  ('Преподаватель-организатор ОБЖ', 'преподаватель-организатор обж', 'teacher', false),
  ('Руководитель физического воспитания', 'руководитель физического воспитания', 'teacher', false),
  ('Советник директора по воспитанию и взаимодействию с детскими общественными объединениями', 'советник директора по воспитанию и взаимодействию с детскими общественными объединениями', 'teacher', false),
  ('Советник директора по воспитанию', 'советник директора по воспитанию', 'teacher', false),
  ('Социальный педагог', 'социальный педагог', 'teacher', false),
  ('Старший вожатый', 'старший вожатый', 'teacher', false),
  ('Тренер-преподаватель', 'тренер-преподаватель', 'teacher', false),
  ('Старший тренер-преподаватель', 'старший тренер-преподаватель', 'teacher', false),
  ('Тьютор', 'тьютор', 'teacher', false),
  ('Учитель', 'учитель', 'teacher', false),
  ('Учитель-дефектолог', 'учитель-дефектолог', 'teacher', false),
  ('Учитель-логопед', 'учитель-логопед', 'teacher', false),
  ('Дефектолог', 'дефектолог', 'teacher', false),
  ('Ассистент', 'ассистент', 'teacher', false),
  ('Старший преподаватель', 'старший преподаватель', 'teacher', false),
  ('Доцент', 'доцент', 'teacher', false),
  ('Профессор', 'профессор', 'teacher', false),
  ('Заведующий кафедрой', 'заведующий кафедрой', 'teacher', false),
  ('Директор', 'директор', 'manager', false),
  ('Руководитель образовательной организации', 'руководитель образовательной организации', 'manager', false),
  ('Руководитель организации', 'руководитель организации', 'manager', false),
  ('Заведующий детским садом', 'заведующий детским садом', 'manager', false),
  ('Заведующая детским садом', 'заведующая детским садом', 'manager', false),
  ('Заведующий', 'заведующий', 'manager', true),
  ('Заведующая', 'заведующая', 'manager', true),
  ('Начальник', 'начальник', 'manager', true),
  ('Управляющий', 'управляющий', 'manager', true),
  ('Заместитель директора', 'заместитель директора', 'manager', false),
  ('Заместитель руководителя', 'заместитель руководителя', 'manager', false),
  ('Заместитель заведующего', 'заместитель заведующего', 'manager', false),
  ('Заместитель заведующей', 'заместитель заведующей', 'manager', false),
  ('Заместитель начальника', 'заместитель начальника', 'manager', false),
  ('Руководитель структурного подразделения', 'руководитель структурного подразделения', 'manager', false),
  ('Заместитель руководителя структурного подразделения', 'заместитель руководителя структурного подразделения', 'manager', false),
  ('Заведующий структурным подразделением', 'заведующий структурным подразделением', 'manager', false),
  ('Заведующая структурным подразделением', 'заведующая структурным подразделением', 'manager', false),
  ('Заведующий отделением', 'заведующий отделением', 'manager', false),
  ('Заведующая отделением', 'заведующая отделением', 'manager', false),
  ('Заведующий филиалом', 'заведующий филиалом', 'manager', false),
  ('Заведующая филиалом', 'заведующая филиалом', 'manager', false),
  ('Руководитель филиала', 'руководитель филиала', 'manager', false),
  ('Старший мастер', 'старший мастер', 'manager', false);
