-- A frozen report never changes its figures or its lists; only its status moves on, along the cycle
-- frozen → submitted → accepted | returned, and frozen → superseded (frozen again before submitting).
-- The figures are counted from the lists and written once, in the transaction that froze the report
-- (now() is the transaction's start, so frozen_at = now() holds in that transaction only).
CREATE FUNCTION reports_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
      NEW.version, NEW.profile_code, NEW.profile_title, NEW.frozen_at, NEW.frozen_by, NEW.frozen_by_name)
     IS DISTINCT FROM
     (OLD.region_id, OLD.municipality_id, OLD.territory_code, OLD.territory_name, OLD.period_from, OLD.period_to,
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
--> statement-breakpoint
CREATE TRIGGER reports_guard_change BEFORE INSERT OR UPDATE OR DELETE ON reports
  FOR EACH ROW EXECUTE FUNCTION reports_guard();
--> statement-breakpoint
CREATE TRIGGER reports_guard_truncate BEFORE TRUNCATE ON reports
  FOR EACH STATEMENT EXECUTE FUNCTION reports_guard();
--> statement-breakpoint
CREATE FUNCTION report_lists_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% are immutable: % is not allowed', TG_TABLE_NAME, TG_OP;
END
$$;
--> statement-breakpoint
-- Lists are written only by the transaction that froze their report: checked once per statement.
CREATE FUNCTION report_lists_guard_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM inserted i JOIN reports r ON r.id = i.report_id WHERE r.frozen_at <> now()) THEN
    RAISE EXCEPTION '% are immutable: a list is written only when its report is frozen', TG_TABLE_NAME;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER report_members_no_update_delete BEFORE UPDATE OR DELETE ON report_members
  FOR EACH ROW EXECUTE FUNCTION report_lists_refuse_change();
--> statement-breakpoint
CREATE TRIGGER report_members_no_truncate BEFORE TRUNCATE ON report_members
  FOR EACH STATEMENT EXECUTE FUNCTION report_lists_refuse_change();
--> statement-breakpoint
CREATE TRIGGER report_members_insert_once AFTER INSERT ON report_members
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION report_lists_guard_insert();
--> statement-breakpoint
CREATE TRIGGER report_lines_no_update_delete BEFORE UPDATE OR DELETE ON report_lines
  FOR EACH ROW EXECUTE FUNCTION report_lists_refuse_change();
--> statement-breakpoint
CREATE TRIGGER report_lines_no_truncate BEFORE TRUNCATE ON report_lines
  FOR EACH STATEMENT EXECUTE FUNCTION report_lists_refuse_change();
--> statement-breakpoint
CREATE TRIGGER report_lines_insert_once AFTER INSERT ON report_lines
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION report_lists_guard_insert();
