// Reads and writes of frozen reports. The names behind a report's numbers are selected from the
// same definitions that count them (indicators.sql.ts) and written set-based, in one statement.
import { sql, type SQL } from 'drizzle-orm';
import { indicatorCatalog, type IndicatorSubject } from '../../../shared/indicators.js';
import type { DrilldownSide } from '../../../shared/monitoring.js';
import type { MemberLine, ReportIndicator, ReportStatus } from '../../../shared/reports.js';
import { municipalityGranted, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { containsPattern, foldName, icu } from '../registry/registry.queries.js';
import { definitionOf, indicatorDefinitions, sharedCtes, type Period, type ScopeRef } from './indicators.sql.js';

const codesOf = (subject: IndicatorSubject) => indicatorCatalog.filter((d) => d.subject === subject).map((d) => d.code);

/**
 * `(indicator, in_numerator, member_id, code, name, detail)` for every indicator of the catalog at
 * once: its numerator, and its denominator without the numerator, each member flattened to a line
 * (people with their places of work in the territory on the period's end).
 */
function memberLinesSql(scope: ScopeRef, period: Period): SQL {
  const definitions = indicatorDefinitions(scope, period);
  const pieces = indicatorCatalog.flatMap(({ code }) => {
    const { numerator, denominator } = definitionOf(definitions, code);
    const inNumerator = sql`select distinct ${code}::text, true, n.id from (${numerator}) n(scope_key, id)`;
    if (!denominator) return [inNumerator];
    return [inNumerator, sql`select ${code}::text, false, r.id from (${denominator} except ${numerator}) r(scope_key, id)`];
  });
  const subjectIn = (subject: IndicatorSubject) =>
    sql`m.indicator in (${sql.join(
      codesOf(subject).map((c) => sql`${c}`),
      sql`, `,
    )})`;
  const end = sql`${period.to}::date`;
  return sql`with ${sharedCtes(scope, period)},
    members(indicator, in_numerator, id) as (${sql.join(pieces, sql` union all `)}),
    person_lines as (
      select p.id, p.code, concat_ws(' ', p.last_name, p.first_name, nullif(p.middle_name, '')) as name,
        (select string_agg(e.position || ', ' || o.name, '; ' order by o.name ${icu}, e.position ${icu}, e.id)
          from employments e join organizations o on o.id = e.organization_id
          where e.person_id = p.id and o.id in (select so.id from scope_orgs so)
            and e.start <= ${end} and (e."end" is null or e."end" >= ${end})) as detail
      from people p where p.id in (select m.id from members m where ${subjectIn('people')}))
    select m.indicator, m.in_numerator, m.id as member_id, l.code, l.name, l.detail
      from members m join person_lines l on l.id = m.id where ${subjectIn('people')}
    union all
    select m.indicator, m.in_numerator, m.id, o.code, o.name, mu.name
      from members m join organizations o on o.id = m.id join municipalities mu on mu.id = o.municipality_id
      where ${subjectIn('organizations')}
    union all
    select m.indicator, m.in_numerator, m.id, c.code, c.name, c.start::text
      from members m join communities c on c.id = m.id where ${subjectIn('communities')}
    union all
    select m.indicator, m.in_numerator, m.id, pr.code, pr.title, pr.published_on::text
      from members m join practices pr on pr.id = m.id where ${subjectIn('practices')}
    union all
    select m.indicator, m.in_numerator, m.id, ev.code, ev.title, ev.start::text
      from members m join events ev on ev.id = m.id where ${subjectIn('events')}`;
}

export type MemberLineRow = MemberLine & {
  indicator: string;
  inNumerator: boolean;
};

/** Every indicator's member lines for a territory and period, computed live (for exports). */
export async function selectLiveMemberLines(db: Executor, scope: ScopeRef, period: Period): Promise<MemberLineRow[]> {
  const result = await db.execute<{
    indicator: string;
    in_numerator: boolean;
    member_id: number;
    code: string;
    name: string;
    detail: string | null;
  }>(sql`select * from (${memberLinesSql(scope, period)}) lines order by indicator, in_numerator desc, name ${icu}, member_id`);
  return result.rows.map((r) => ({
    indicator: r.indicator,
    inNumerator: r.in_numerator,
    id: r.member_id,
    code: r.code,
    name: r.name,
    detail: r.detail,
  }));
}

/** Freezes the member lines of a new report in one statement; returns how many were written. */
export async function insertReportMembers(db: Executor, reportId: number, scope: ScopeRef, period: Period): Promise<number> {
  const result = await db.execute(sql`insert into report_members (report_id, indicator, in_numerator, member_id, code, name, detail)
    select ${reportId}::int, lines.* from (${memberLinesSql(scope, period)}) lines`);
  return result.rowCount ?? 0;
}

export type ReportRow = {
  id: number;
  regionId: number;
  municipalityId: number | null;
  territoryCode: string;
  territoryName: string;
  periodFrom: string;
  periodTo: string;
  version: number;
  status: ReportStatus;
  profileCode: string | null;
  profileTitle: string | null;
  frozenAt: string;
  frozenByName: string;
  submittedAt: string | null;
  submittedByName: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  reviewComment: string | null;
};

export type ReportContent = {
  indicators: ReportIndicator[];
  breakdown: unknown;
};

const header = sql`r.id, r.region_id as "regionId", r.municipality_id as "municipalityId", r.territory_code as "territoryCode",
  r.territory_name as "territoryName", r.period_from::text as "periodFrom", r.period_to::text as "periodTo", r.version, r.status,
  r.profile_code as "profileCode", r.profile_title as "profileTitle", r.frozen_at as "frozenAt", r.frozen_by_name as "frozenByName",
  r.submitted_at as "submittedAt", r.submitted_by_name as "submittedByName", r.reviewed_at as "reviewedAt",
  r.reviewed_by_name as "reviewedByName", r.review_comment as "reviewComment"`;

/** A report is the caller's when its territory is granted as a whole: the region's, or their municipality's. */
export const reportInScope = (scope: Scope): SQL =>
  scope.region ? sql`true` : sql`r.municipality_id is not null and ${municipalityGranted(scope, sql`r.municipality_id`)}`;

const timestamps = (row: Record<string, unknown>) => {
  for (const key of ['frozenAt', 'submittedAt', 'reviewedAt']) {
    const value = row[key];
    if (value instanceof Date) row[key] = value.toISOString();
    else if (typeof value === 'string') row[key] = new Date(value).toISOString();
  }
  return row;
};

export async function selectReport(db: Executor, id: number, scope: Scope, lock = false): Promise<ReportRow | null> {
  const [row] = (
    await db.execute<ReportRow>(
      sql`select ${header} from reports r where r.id = ${id} and ${reportInScope(scope)} ${lock ? sql`for update` : sql``}`,
    )
  ).rows;
  return row ? (timestamps(row as unknown as Record<string, unknown>) as unknown as ReportRow) : null;
}

export async function selectReportContent(db: Executor, id: number): Promise<ReportContent> {
  const [row] = (await db.execute<ReportContent>(sql`select r.indicators, r.breakdown from reports r where r.id = ${id}`)).rows;
  return row!;
}

export interface ReportFilters {
  municipalityId?: number | null | undefined;
  from?: string | undefined;
  to?: string | undefined;
  status?: ReportStatus | undefined;
}

/** Reports in scope, the newest period first, then by territory and version (newest first). */
export async function selectReports(db: Executor, scope: Scope, filters: ReportFilters): Promise<ReportRow[]> {
  const conditions: SQL[] = [reportInScope(scope)];
  if (filters.municipalityId === null) conditions.push(sql`r.municipality_id is null`);
  else if (filters.municipalityId !== undefined) conditions.push(sql`r.municipality_id = ${filters.municipalityId}`);
  if (filters.from) conditions.push(sql`r.period_from = ${filters.from}::date`);
  if (filters.to) conditions.push(sql`r.period_to = ${filters.to}::date`);
  if (filters.status) conditions.push(sql`r.status = ${filters.status}`);
  const result = await db.execute<ReportRow>(sql`select ${header} from reports r where ${sql.join(conditions, sql` and `)}
    order by r.period_to desc, r.period_from desc, r.municipality_id nulls first, r.territory_name ${icu}, r.version desc`);
  return result.rows.map((row) => timestamps(row as unknown as Record<string, unknown>) as unknown as ReportRow);
}

/** The latest version for the territory and period, locked: freezing again decides from it. */
export async function selectLatestVersion(
  db: Executor,
  regionId: number,
  municipalityId: number | null,
  period: Period,
): Promise<{ id: number; version: number; status: ReportStatus } | null> {
  const [row] = (
    await db.execute<{ id: number; version: number; status: ReportStatus }>(sql`
      select r.id, r.version, r.status from reports r
      where r.region_id = ${regionId} and coalesce(r.municipality_id, 0) = ${municipalityId ?? 0}
        and r.period_from = ${period.from}::date and r.period_to = ${period.to}::date
      order by r.version desc limit 1 for update`)
  ).rows;
  return row ?? null;
}

export interface MembersPageRow {
  total: number;
  rows: MemberLine[];
}

/** One page of a frozen list, by name, searched like the live drill-down (case and ё ignored). */
export async function selectReportMembers(
  db: Executor,
  reportId: number,
  indicator: string,
  side: DrilldownSide,
  q: string | undefined,
  limit: number | null,
  offset: number,
): Promise<MembersPageRow> {
  const text = q ? foldName(q) : '';
  const search = text ? sql`and translate(lower(rm.name), 'ё', 'е') like ${containsPattern(text)}` : sql``;
  const where = sql`rm.report_id = ${reportId} and rm.indicator = ${indicator} and rm.in_numerator = ${side === 'numerator'} ${search}`;
  const [count] = (await db.execute<{ total: number }>(sql`select count(*)::int as total from report_members rm where ${where}`)).rows;
  const rows = (
    await db.execute<MemberLine>(sql`select rm.member_id as id, rm.code, rm.name, rm.detail from report_members rm where ${where}
      order by rm.name ${icu}, rm.member_id ${limit === null ? sql`` : sql`limit ${limit} offset ${offset}`}`)
  ).rows;
  return { total: count?.total ?? 0, rows };
}

/** Every frozen line of a report, for its export. */
export async function selectAllReportMembers(db: Executor, reportId: number): Promise<MemberLineRow[]> {
  const result = await db.execute<MemberLineRow>(sql`select rm.indicator, rm.in_numerator as "inNumerator", rm.member_id as id,
      rm.code, rm.name, rm.detail
    from report_members rm where rm.report_id = ${reportId}
    order by rm.indicator, rm.in_numerator desc, rm.name ${icu}, rm.member_id`);
  return result.rows;
}
