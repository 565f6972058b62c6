// The members behind an indicator's number, read through the same definitions that count them
// (indicators.sql.ts): people, organizations, communities, practices or events of the territory.
import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorCode, IndicatorSubject } from '../../../shared/indicators.js';
import type { DrilldownSide } from '../../../shared/monitoring.js';
import type { Executor } from '../../db/client.js';
import { containsPattern, foldName, icu } from '../registry/registry.queries.js';
import { definitionOf, indicatorDefinitions, sharedCtes, type Period, type ScopeRef } from './indicators.sql.js';

export interface MemberFilter {
  code: IndicatorCode;
  subject: IndicatorSubject;
  side: DrilldownSide;
  q?: string | undefined;
}

/** `members(id)`: the numerator, or the denominator without the numerator; a count has no rest. */
function membersCtes(scope: ScopeRef, period: Period, code: IndicatorCode, side: DrilldownSide): SQL {
  const { numerator, denominator } = definitionOf(indicatorDefinitions(scope, period), code);
  const ids =
    side === 'numerator' ? numerator : denominator ? sql`${denominator} except ${numerator}` : sql`select null::int, null::int where false`;
  return sql`${sharedCtes(scope, period)}, members as (select distinct m.id from (${ids}) m(scope_key, id))`;
}

/** Lower case, ё as е: the registry's folding, for names that have no stored search column. */
const folded = (column: SQL) => sql`translate(lower(${column}), 'ё', 'е')`;

function matches(column: SQL, q: string | undefined, stored = false): SQL {
  const text = q ? foldName(q) : '';
  if (!text) return sql`true`;
  return stored ? sql`${column} ilike ${containsPattern(text)}` : sql`${folded(column)} like ${containsPattern(text)}`;
}

/** The rows of one subject matching the search, with the columns of its answer and `sort_name`. */
function found(subject: IndicatorSubject, q: string | undefined): SQL {
  switch (subject) {
    case 'people':
      return sql`select p.id, p.code, p.last_name as "lastName", p.first_name as "firstName", p.middle_name as "middleName",
          p.birth_date as "birthDate", p.last_name as sort_name, p.first_name as sort_2, coalesce(p.middle_name, '') as sort_3
        from people p where p.id in (select id from members) and ${matches(sql`p.search_name`, q, true)}`;
    case 'organizations':
      return sql`select o.id, o.code, o.name, m.name as "municipalityName", o.name as sort_name, '' as sort_2, '' as sort_3
        from organizations o join municipalities m on m.id = o.municipality_id
        where o.id in (select id from members) and ${matches(sql`o.name`, q)}`;
    case 'communities':
      return sql`select c.id, c.code, c.name, c.start as date, c.name as sort_name, '' as sort_2, '' as sort_3
        from communities c where c.id in (select id from members) and ${matches(sql`c.name`, q)}`;
    case 'practices':
      return sql`select pr.id, pr.code, pr.title as name, pr.published_on as date, pr.title as sort_name, '' as sort_2, '' as sort_3
        from practices pr where pr.id in (select id from members) and ${matches(sql`pr.title`, q)}`;
    case 'events':
      return sql`select ev.id, ev.code, ev.title as name, ev.start as date, ev.title as sort_name, '' as sort_2, '' as sort_3
        from events ev where ev.id in (select id from members) and ${matches(sql`ev.title`, q)}`;
  }
}

/** A person's employments in the territory's organizations on the period's end, as the staff list shows them. */
const organizationsOnEnd = (period: Period) => sql`(
  select coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'position', e.position) order by o.name ${icu}, e.position ${icu}, e.id), '[]')
  from employments e join organizations o on o.id = e.organization_id
  where e.person_id = pg.id and o.id in (select so.id from scope_orgs so)
    and e.start <= ${period.to}::date and (e."end" is null or e."end" >= ${period.to}::date))`;

export interface MemberRows {
  total: number;
  rows: Record<string, unknown>[];
}

/**
 * One page of the members (all of them when `limit` is null), ordered by name in the ICU
 * collation, and how many match in all, in one statement.
 */
export async function selectMembers(
  db: Executor,
  scope: ScopeRef,
  period: Period,
  filter: MemberFilter,
  limit: number | null,
  offset = 0,
): Promise<MemberRows> {
  const organizations = filter.subject === 'people' ? sql`, ${organizationsOnEnd(period)} as organizations` : sql``;
  const result = await db.execute<Record<string, unknown> & { total: number; id: number | null }>(sql`
    with ${membersCtes(scope, period, filter.code, filter.side)}, found as (${found(filter.subject, filter.q)})
    select t.total, pg.* ${organizations}
    from (select count(*) as total from found) t
    left join lateral (
      select * from found f order by f.sort_name ${icu}, f.sort_2 ${icu}, f.sort_3 ${icu}, f.id
      ${limit === null ? sql`` : sql`limit ${limit} offset ${offset}`}
    ) pg on true
    order by pg.sort_name ${icu}, pg.sort_2 ${icu}, pg.sort_3 ${icu}, pg.id`);
  const total = Number(result.rows[0]?.total ?? 0);
  const rows = result.rows
    .filter((row) => row.id !== null)
    .map((row) => {
      const { total: _total, sort_name: _1, sort_2: _2, sort_3: _3, ...rest } = row;
      return rest;
    });
  return { total, rows };
}
