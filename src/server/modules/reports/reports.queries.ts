// Reads and writes of frozen reports. The names behind a report's numbers are selected from the
// same definitions that count them (indicators.sql.ts) and written set-based, in one statement.
import { sql, type SQL } from 'drizzle-orm';
import { indicatorCatalog, type IndicatorSubject } from '../../../shared/indicators.js';
import type { DrilldownSide } from '../../../shared/monitoring.js';
import type { ReportAcceptor } from '../../../shared/reporting-periods.js';
import type { MemberLine, ReportIndicator, ReportStatus } from '../../../shared/reports.js';
import { municipalityGranted, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { containsPattern, foldName, icu } from '../registry/registry.queries.js';
import { definitionOf, indicatorDefinitions, sharedCtes, type Period, type ScopeRef } from '../monitoring/indicators.sql.js';

/** `s(indicator, subject)`: which table the ids of each indicator's lists come from. */
const indicatorSubjects = sql`(values ${sql.join(
  indicatorCatalog.map((d) => sql`(${d.code}::text, ${d.subject}::text)`),
  sql`, `,
)}) s(indicator, subject)`;

/**
 * The WITH list of every catalog indicator's lists at once: `members(indicator, in_numerator, id)`
 * — its numerator, and its denominator without the numerator — and `lines(subject, id, code, name,
 * detail)`, each member named once however many lists they stand in (people with their places of
 * work in the territory on the period's end).
 */
function memberListsCtes(scope: ScopeRef, period: Period): SQL {
  const definitions = indicatorDefinitions(scope, period);
  const pieces = indicatorCatalog.flatMap(({ code }) => {
    const { numerator, denominator } = definitionOf(definitions, code);
    const inNumerator = sql`select distinct ${code}::text, true, n.id from (${numerator}) n(scope_key, id)`;
    if (!denominator) return [inNumerator];
    return [inNumerator, sql`select ${code}::text, false, r.id from (${denominator} except ${numerator}) r(scope_key, id)`];
  });
  const idsOf = (subject: IndicatorSubject) =>
    sql`(select distinct m.id from members m join ${indicatorSubjects} on s.indicator = m.indicator where s.subject = ${subject})`;
  const end = sql`${period.to}::date`;
  // Set-based throughout: a person's places of work are aggregated once, not once per list row.
  return sql`${sharedCtes(scope, period)},
    members(indicator, in_numerator, id) as materialized (${sql.join(pieces, sql` union all `)}),
    person_ids as materialized (select id from ${idsOf('people')} ids),
    person_places as materialized (
      select e.person_id, string_agg(e.position || ', ' || o.name, '; ' order by o.name ${icu}, e.position ${icu}, e.id) as detail
      from employments e join person_ids pi on pi.id = e.person_id join organizations o on o.id = e.organization_id
      where o.id in (select so.id from scope_orgs so) and e.start <= ${end} and (e."end" is null or e."end" >= ${end})
      group by e.person_id),
    lines(subject, id, code, name, detail) as materialized (
      select 'people', p.id, p.code, concat_ws(' ', p.last_name, p.first_name, nullif(p.middle_name, '')), pp.detail
        from person_ids pi join people p on p.id = pi.id left join person_places pp on pp.person_id = p.id
      union all
      select 'organizations', o.id, o.code, o.name, mu.name
        from organizations o join municipalities mu on mu.id = o.municipality_id where o.id in ${idsOf('organizations')}
      union all
      select 'communities', c.id, c.code, c.name, c.start::text from communities c where c.id in ${idsOf('communities')}
      union all
      select 'practices', pr.id, pr.code, pr.title, pr.published_on::text from practices pr where pr.id in ${idsOf('practices')}
      union all
      select 'events', ev.id, ev.code, ev.title, ev.start::text from events ev where ev.id in ${idsOf('events')})`;
}

export type MemberLineRow = MemberLine & {
  indicator: string;
  inNumerator: boolean;
};

const lineOrder = sql`order by m.indicator, m.in_numerator desc, l.name ${icu}, l.id`;

/** Every indicator's member lines for a territory and period, computed live (for exports). */
export async function selectLiveMemberLines(db: Executor, scope: ScopeRef, period: Period): Promise<MemberLineRow[]> {
  const result = await db.execute<MemberLineRow>(sql`with ${memberListsCtes(scope, period)}
    select m.indicator, m.in_numerator as "inNumerator", l.id, l.code, l.name, l.detail
    from members m join ${indicatorSubjects} on s.indicator = m.indicator join lines l on l.subject = s.subject and l.id = m.id
    ${lineOrder}`);
  return result.rows;
}

/**
 * Freezes the lists of a new report in one statement (every member's id per list, every member's
 * line once) and answers how many list rows were written.
 */
export async function insertReportLists(db: Executor, reportId: number, scope: ScopeRef, period: Period): Promise<number> {
  const result = await db.execute<{ written: number }>(sql`with ${memberListsCtes(scope, period)},
    written_lines as (
      insert into report_lines (report_id, subject, member_id, code, name, detail)
      select ${reportId}::int, l.subject, l.id, l.code, l.name, l.detail from lines l returning 1),
    written as (
      insert into report_members (report_id, indicator, in_numerator, member_id)
      select ${reportId}::int, m.indicator::indicator_code, m.in_numerator, m.id from members m returning 1)
    select (select count(*) from written)::int as written, (select count(*) from written_lines)::int as lines`);
  return result.rows[0]?.written ?? 0;
}

/** Each indicator's frozen numerator and list sizes: the figures of a report are counted from its lists. */
export async function selectFrozenCounts(
  db: Executor,
  reportId: number,
): Promise<{ indicator: string; numerator: number; total: number }[]> {
  const result = await db.execute<{ indicator: string; numerator: number; total: number }>(sql`
    select rm.indicator::text as indicator, (count(*) filter (where rm.in_numerator))::int as numerator, count(*)::int as total
    from report_members rm where rm.report_id = ${reportId} group by rm.indicator`);
  return result.rows;
}

export type ReportRow = {
  id: number;
  regionId: number;
  municipalityId: number | null;
  territoryCode: string;
  territoryName: string;
  periodFrom: string;
  periodTo: string;
  periodKind: string;
  periodName: string;
  acceptor: ReportAcceptor;
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

/** The territory's code as it is now (links and live figures follow the territory, not its old code). */
const header = sql`r.id, r.region_id as "regionId", r.municipality_id as "municipalityId",
  coalesce((select m.code from municipalities m where m.id = r.municipality_id), (select rg.code from regions rg where rg.id = r.region_id))
    as "territoryCode",
  r.territory_name as "territoryName", r.period_from::text as "periodFrom", r.period_to::text as "periodTo",
  r.period_kind as "periodKind", r.period_name as "periodName", r.acceptor, r.version, r.status,
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
  indicator: { code: string; subject: IndicatorSubject },
  side: DrilldownSide,
  q: string | undefined,
  limit: number,
  offset: number,
): Promise<MembersPageRow> {
  const text = q ? foldName(q) : '';
  const search = text ? sql`and translate(lower(l.name), 'ё', 'е') like ${containsPattern(text)}` : sql``;
  const from = sql`from report_members rm
    join report_lines l on l.report_id = rm.report_id and l.subject = ${indicator.subject} and l.member_id = rm.member_id
    where rm.report_id = ${reportId} and rm.indicator = ${indicator.code} and rm.in_numerator = ${side === 'numerator'} ${search}`;
  const [count] = (await db.execute<{ total: number }>(sql`select count(*)::int as total ${from}`)).rows;
  const rows = (
    await db.execute<MemberLine>(sql`select l.member_id as id, l.code, l.name, l.detail ${from}
      order by l.name ${icu}, l.member_id limit ${limit} offset ${offset}`)
  ).rows;
  return { total: count?.total ?? 0, rows };
}

/** Every frozen line of a report, for its export. */
export async function selectAllReportMembers(db: Executor, reportId: number): Promise<MemberLineRow[]> {
  const result = await db.execute<MemberLineRow>(sql`
    select m.indicator::text as indicator, m.in_numerator as "inNumerator", l.member_id as id, l.code, l.name, l.detail
    from report_members m join ${indicatorSubjects} on s.indicator = m.indicator::text
      join report_lines l on l.report_id = m.report_id and l.subject = s.subject and l.member_id = m.member_id
    where m.report_id = ${reportId}
    order by m.indicator, m.in_numerator desc, l.name ${icu}, l.member_id`);
  return result.rows;
}

export type TrendRow = {
  id: number;
  periodFrom: string;
  periodTo: string;
  periodKind: string;
  periodName: string;
  status: ReportStatus;
  indicators: ReportIndicator[];
};

/** The territory's reports in force (at most one per period), oldest period first, with their figures. */
export async function selectTrendRows(db: Executor, scope: Scope, municipalityId: number | null): Promise<TrendRow[]> {
  const territory = municipalityId === null ? sql`r.municipality_id is null` : sql`r.municipality_id = ${municipalityId}`;
  const result = await db.execute<TrendRow>(sql`select r.id, r.period_from::text as "periodFrom", r.period_to::text as "periodTo",
      r.period_kind as "periodKind", r.period_name as "periodName", r.status, r.indicators
    from reports r where ${reportInScope(scope)} and ${territory} and r.status in ('frozen', 'submitted', 'accepted')
    order by r.period_to, r.period_from`);
  return result.rows;
}

export type PreviousRow = {
  id: number;
  periodFrom: string;
  periodTo: string;
  periodName: string;
  indicators: ReportIndicator[];
};

/** The territory's latest report in force of the same kind of period, ended before this one's end. */
export async function selectPreviousOfKind(
  db: Executor,
  row: Pick<ReportRow, 'regionId' | 'municipalityId' | 'periodKind' | 'periodTo'>,
): Promise<PreviousRow | null> {
  const [previous] = (
    await db.execute<PreviousRow>(sql`select r.id, r.period_from::text as "periodFrom", r.period_to::text as "periodTo",
        r.period_name as "periodName", r.indicators
      from reports r
      where r.region_id = ${row.regionId} and coalesce(r.municipality_id, 0) = ${row.municipalityId ?? 0}
        and r.period_kind = ${row.periodKind} and r.period_to < ${row.periodTo}::date and r.status in ('frozen', 'submitted', 'accepted')
      order by r.period_to desc limit 1`)
  ).rows;
  return previous ?? null;
}

/** The region of a municipality. */
export async function selectRegionOfMunicipality(db: Executor, municipalityId: number): Promise<number> {
  const { rows } = await db.execute<{ id: number }>(sql`select m.region_id as id from municipalities m where m.id = ${municipalityId}`);
  return rows[0]!.id;
}

/** Waits for, then holds until the transaction ends, the lock of one key (the freezes of one territory and period). */
export async function lockTransaction(db: Executor, key: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

export async function supersedeReport(db: Executor, id: number): Promise<void> {
  await db.execute(sql`update reports set status = 'superseded' where id = ${id}`);
}

export interface NewReport {
  regionId: number;
  municipalityId: number | null;
  territory: { code: string; name: string };
  period: Period;
  defined: { kind: string; name: string; acceptor: ReportAcceptor };
  version: number;
  profile: { code: string; title: string } | null | undefined;
  actor: { userId: number; displayName: string };
}

/** A new frozen version of a report, without its indicators yet; returns its id. */
export async function insertReport(db: Executor, r: NewReport): Promise<number> {
  const { rows } = await db.execute<{ id: number }>(sql`
    insert into reports (region_id, municipality_id, territory_code, territory_name, period_from, period_to,
      period_kind, period_name, acceptor, version, profile_code, profile_title, frozen_by, frozen_by_name)
    values (${r.regionId}, ${r.municipalityId}, ${r.territory.code}, ${r.territory.name}, ${r.period.from}::date, ${r.period.to}::date,
      ${r.defined.kind}, ${r.defined.name}, ${r.defined.acceptor}, ${r.version}, ${r.profile?.code ?? null}, ${r.profile?.title ?? null},
      ${r.actor.userId}, ${r.actor.displayName})
    returning id`);
  return rows[0]!.id;
}

export async function setReportContent(db: Executor, id: number, indicators: unknown, breakdown: unknown): Promise<void> {
  await db.execute(sql`update reports set indicators = ${JSON.stringify(indicators)}::jsonb,
    breakdown = ${breakdown ? JSON.stringify(breakdown) : null}::jsonb where id = ${id}`);
}

export async function markSubmitted(db: Executor, id: number, who: string): Promise<void> {
  await db.execute(sql`update reports set status = 'submitted', submitted_at = now(), submitted_by_name = ${who} where id = ${id}`);
}

export async function markReviewed(db: Executor, id: number, status: ReportStatus, who: string, comment: string | null): Promise<void> {
  await db.execute(sql`update reports set status = ${status}, reviewed_at = now(), reviewed_by_name = ${who},
    review_comment = ${comment} where id = ${id}`);
}

/** Municipalities granted whole to the scope, by name. */
export async function selectGrantedMunicipalities(db: Executor, scope: Scope): Promise<{ id: number; code: string; name: string }[]> {
  const { rows } = await db.execute<{ id: number; code: string; name: string }>(
    sql`select m.id, m.code, m.name from municipalities m where ${municipalityGranted(scope, sql`m.id`)} order by m.name ${icu}, m.id`,
  );
  return rows;
}
