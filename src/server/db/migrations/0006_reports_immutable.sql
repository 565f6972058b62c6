-- A frozen report never changes its figures; only its status moves on, along the reporting cycle:
-- frozen → submitted → accepted | returned, and frozen → superseded (frozen again before submitting).
CREATE FUNCTION reports_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'reports are immutable: % is not allowed', TG_OP;
  END IF;
  IF (NEW.region_id, NEW.municipality_id, NEW.territory_code, NEW.territory_name, NEW.period_from, NEW.period_to,
      NEW.version, NEW.profile_code, NEW.profile_title, NEW.indicators, NEW.breakdown, NEW.frozen_at, NEW.frozen_by,
      NEW.frozen_by_name)
     IS DISTINCT FROM
     (OLD.region_id, OLD.municipality_id, OLD.territory_code, OLD.territory_name, OLD.period_from, OLD.period_to,
      OLD.version, OLD.profile_code, OLD.profile_title, OLD.indicators, OLD.breakdown, OLD.frozen_at, OLD.frozen_by,
      OLD.frozen_by_name) THEN
    RAISE EXCEPTION 'a frozen report''s figures cannot change';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (OLD.status = 'frozen' AND NEW.status IN ('submitted', 'superseded'))
    OR (OLD.status = 'submitted' AND NEW.status IN ('accepted', 'returned'))) THEN
    RAISE EXCEPTION 'a report cannot go from % to %', OLD.status, NEW.status;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER reports_guard_change BEFORE UPDATE OR DELETE ON reports
  FOR EACH ROW EXECUTE FUNCTION reports_guard();
--> statement-breakpoint
CREATE TRIGGER reports_guard_truncate BEFORE TRUNCATE ON reports
  FOR EACH STATEMENT EXECUTE FUNCTION reports_guard();
--> statement-breakpoint
CREATE FUNCTION report_members_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report_members are immutable: % is not allowed', TG_OP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER report_members_no_update_delete BEFORE UPDATE OR DELETE ON report_members
  FOR EACH ROW EXECUTE FUNCTION report_members_refuse_change();
--> statement-breakpoint
CREATE TRIGGER report_members_no_truncate BEFORE TRUNCATE ON report_members
  FOR EACH STATEMENT EXECUTE FUNCTION report_members_refuse_change();
