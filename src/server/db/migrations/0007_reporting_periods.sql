-- Reporting periods as each regulation names them (docs/ARCHITECTURE.md, src/shared/reporting-periods.ts):
-- a region's monitoring settings hold kinds of period (name, start and end MM-DD, who accepts the
-- reports) instead of reporting dates, and a report carries its kind and its acceptor.
CREATE TYPE "public"."report_acceptor" AS ENUM('region', 'authority');--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "period_kind" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "period_name" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "acceptor" "report_acceptor";--> statement-breakpoint
-- Settings: a region still on a reference profile's old dates (31.05, 31.12 in every profile) gets the
-- profile's periods; any other list of dates keeps its periods exactly, each from the day after the
-- previous date to its date, accepted by the region as before.
DO $$
DECLARE
  r record;
  dates text[];
  kinds jsonb;
  previous text;
  start text;
  n int;
BEGIN
  FOR r IN SELECT g.id, g.settings->'monitoring' AS m FROM regions g
           WHERE jsonb_typeof(g.settings->'monitoring') = 'object' AND NOT (g.settings->'monitoring' ? 'reportingPeriods') LOOP
    SELECT array_agg(DISTINCT d ORDER BY d) INTO dates
      FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(r.m->'reportingDates') = 'array' THEN r.m->'reportingDates' ELSE '[]'::jsonb END) d
      WHERE d ~ '^\d{2}-\d{2}$';
    kinds := NULL;
    IF dates = ARRAY['05-31', '12-31'] THEN
      kinds := CASE r.m->>'profile'
        WHEN 'altai-2020' THEN '[{"code": "interim", "name": "Промежуточный (январь — май)", "start": "01-01", "end": "05-31", "acceptor": "region"}, {"code": "year", "name": "Календарный год", "start": "01-01", "end": "12-31", "acceptor": "region"}]'::jsonb
        WHEN 'kostroma-2020' THEN '[{"code": "school-year", "name": "Учебный год", "start": "09-01", "end": "08-31", "acceptor": "authority"}]'::jsonb
        WHEN 'sosnovy-bor-2016' THEN '[{"code": "year", "name": "Итоговый отчёт (календарный год)", "start": "01-01", "end": "12-31", "acceptor": "authority"}, {"code": "half-year", "name": "Оперативный отчёт (первое полугодие)", "start": "01-01", "end": "06-30", "acceptor": "authority"}]'::jsonb
        WHEN 'vsevolozhsk-2023' THEN '[{"code": "year", "name": "Календарный год (годовой план)", "start": "01-01", "end": "12-31", "acceptor": "authority"}]'::jsonb
      END;
    END IF;
    IF kinds IS NULL AND dates IS NOT NULL THEN
      kinds := '[]'::jsonb;
      n := array_length(dates, 1);
      FOR i IN 1..n LOOP
        previous := CASE WHEN i = 1 THEN dates[n] ELSE dates[i - 1] END;
        start := to_char(('2023-' || previous)::date + 1, 'MM-DD');
        kinds := kinds || jsonb_build_array(jsonb_build_object(
          'code', 'period-' || i,
          'name', 'Период ' || substr(start, 4, 2) || '.' || substr(start, 1, 2) || '–' || substr(dates[i], 4, 2) || '.' || substr(dates[i], 1, 2),
          'start', start, 'end', dates[i], 'acceptor', 'region'));
      END LOOP;
    END IF;
    IF kinds IS NULL THEN
      kinds := '[{"code":"interim","name":"Промежуточный (январь — май)","start":"01-01","end":"05-31","acceptor":"region"},{"code":"year","name":"Календарный год","start":"01-01","end":"12-31","acceptor":"region"}]'::jsonb;
    END IF;
    UPDATE regions SET settings = jsonb_set(settings, '{monitoring}', (r.m - 'reportingDates') || jsonb_build_object('reportingPeriods', kinds))
      WHERE id = r.id;
  END LOOP;
END
$$;--> statement-breakpoint
-- Reports: the kind whose dates the period has under the converted settings (the defaults where the
-- region has none); a period no kind has any more keeps a kind of its own, named by its dates. Every
-- report frozen so far was submitted to the region.
UPDATE reports rp SET
  acceptor = 'region',
  period_kind = coalesce(k.code, 'former-' || to_char(rp.period_from, 'MMDD') || '-' || to_char(rp.period_to, 'MMDD')),
  period_name = coalesce(k.name, 'Прежний отчётный период ' || to_char(rp.period_from, 'DD.MM') || '–' || to_char(rp.period_to, 'DD.MM'))
FROM reports r0
  LEFT JOIN LATERAL (
    SELECT kind->>'code' AS code, kind->>'name' AS name
    FROM regions g,
      jsonb_array_elements(coalesce(g.settings->'monitoring'->'reportingPeriods', '[{"code":"interim","name":"Промежуточный (январь — май)","start":"01-01","end":"05-31","acceptor":"region"},{"code":"year","name":"Календарный год","start":"01-01","end":"12-31","acceptor":"region"}]'::jsonb)) kind
    WHERE g.id = r0.region_id
      AND kind->>'start' = to_char(r0.period_from, 'MM-DD') AND kind->>'end' = to_char(r0.period_to, 'MM-DD')
      AND extract(year FROM r0.period_to) - extract(year FROM r0.period_from) = CASE WHEN kind->>'end' < kind->>'start' THEN 1 ELSE 0 END
    LIMIT 1
  ) k ON true
WHERE rp.id = r0.id;--> statement-breakpoint
ALTER TABLE "reports" ALTER COLUMN "period_kind" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ALTER COLUMN "period_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ALTER COLUMN "acceptor" SET NOT NULL;--> statement-breakpoint
-- The kind and the acceptor are part of what a frozen report is: they never change either.
CREATE OR REPLACE FUNCTION reports_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'frozen' OR NEW.submitted_at IS NOT NULL OR NEW.submitted_by_name IS NOT NULL
       OR NEW.reviewed_at IS NOT NULL OR NEW.reviewed_by_name IS NOT NULL OR NEW.review_comment IS NOT NULL THEN
      RAISE EXCEPTION 'a report is created frozen, neither submitted nor reviewed';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'reports are immutable: % is not allowed', TG_OP;
  END IF;
  IF (NEW.region_id, NEW.municipality_id, NEW.territory_code, NEW.territory_name, NEW.period_from, NEW.period_to,
      NEW.period_kind, NEW.period_name, NEW.acceptor,
      NEW.version, NEW.profile_code, NEW.profile_title, NEW.frozen_at, NEW.frozen_by, NEW.frozen_by_name)
     IS DISTINCT FROM
     (OLD.region_id, OLD.municipality_id, OLD.territory_code, OLD.territory_name, OLD.period_from, OLD.period_to,
      OLD.period_kind, OLD.period_name, OLD.acceptor,
      OLD.version, OLD.profile_code, OLD.profile_title, OLD.frozen_at, OLD.frozen_by, OLD.frozen_by_name) THEN
    RAISE EXCEPTION 'a frozen report''s figures cannot change';
  END IF;
  IF (NEW.indicators, NEW.breakdown) IS DISTINCT FROM (OLD.indicators, OLD.breakdown)
     AND NOT (OLD.indicators IS NULL AND OLD.frozen_at = now()) THEN
    RAISE EXCEPTION 'a frozen report''s figures cannot change';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (OLD.status = 'frozen' AND NEW.status IN ('submitted', 'superseded'))
    OR (OLD.status = 'submitted' AND NEW.status IN ('accepted', 'returned'))) THEN
    RAISE EXCEPTION 'a report cannot go from % to %', OLD.status, NEW.status;
  END IF;
  IF (NEW.submitted_at, NEW.submitted_by_name) IS DISTINCT FROM (OLD.submitted_at, OLD.submitted_by_name)
     AND NOT (OLD.status = 'frozen' AND NEW.status = 'submitted') THEN
    RAISE EXCEPTION 'who submitted a report and when is written once, on submitting';
  END IF;
  IF (NEW.reviewed_at, NEW.reviewed_by_name, NEW.review_comment) IS DISTINCT FROM (OLD.reviewed_at, OLD.reviewed_by_name, OLD.review_comment)
     AND NOT (OLD.status = 'submitted' AND NEW.status IN ('accepted', 'returned')) THEN
    RAISE EXCEPTION 'who reviewed a report and when is written once, on accepting or returning';
  END IF;
  RETURN NEW;
END
$$;
