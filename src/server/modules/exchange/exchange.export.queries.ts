// The lists of an export: records of the territory, codes in place of ids, every optional field
// written (null when empty), sorted by code or natural key in byte order, the same on every engine.
import { sql, type SQL } from 'drizzle-orm';
import type { ExchangeList } from '../../../shared/exchange.js';
import type { Executor } from '../../db/client.js';
import type { Territory } from './exchange.queries.js';

type Row = Record<string, unknown>;
const c = (expr: string) => sql.raw(`${expr} collate "C"`);

function within(column: string, ids: number[] | null): SQL {
  return ids === null ? sql`true` : sql`${sql.raw(column)} = any(${sql.param(ids)}::int[])`;
}

/**
 * The record filter of each list for a territory: its own records, then every record they refer
 * to, so that a scoped package imports on its own. People are the exception: a person outside the
 * territory (a mentor, methodist, assignee, co-author, member, participant or the owner of a route's
 * diagnostic) stays a code reference only, since their personal data belongs to another territory.
 * Such a package imports where those people already are (the region's database), not into an
 * empty one.
 */
function filters(t: Territory): Record<ExchangeList, SQL> {
  const own = ownRecords(t);
  if (t.personIds === null) return own;
  const events = sql`(${own.events} or x.id in (select x.event_id from participations x where ${own.participations}))`;
  const practices = sql`(${own.practices} or x.id in (select x.practice_id from practice_adoptions x where ${own.practiceAdoptions}))`;
  const organizations = sql`(${own.organizations}
    or x.id in (select x.organization_id from mentoring_pairs x where ${own.mentoringPairs})
    or x.id in (select x.organization_id from communities x where ${own.communities}))`;
  const municipalities = sql`(${own.municipalities}
    or x.id in (select x.municipality_id from organizations x where ${organizations})
    or x.id in (select x.municipality_id from events x where ${events})
    or x.id in (select x.municipality_id from communities x where ${own.communities}))`;
  return { ...own, municipalities, organizations, events, practices };
}

/** The territory's own records: those of its municipalities, organizations and people. */
function ownRecords(t: Territory): Record<ExchangeList, SQL> {
  const people = (column: string) => within(column, t.personIds);
  const communities = sql`(${within('x.municipality_id', t.municipalityIds)} or ${within('x.organization_id', t.organizationIds)})`;
  const events = within('x.municipality_id', t.municipalityIds);
  return {
    municipalities: within('x.id', t.listedMunicipalityIds),
    organizations: within('x.id', t.organizationIds),
    people: people('x.id'),
    employments: within('x.organization_id', t.organizationIds),
    attestations: people('x.person_id'),
    activeMemberships: people('x.person_id'),
    diagnostics: people('x.person_id'),
    programmes:
      t.personIds === null
        ? sql`true`
        : sql`(x.id in (select programme_id from completions where ${people('person_id')})
               or x.id in (select a.programme_id from route_activities a join routes r on r.id = a.route_id where ${people('r.person_id')}))`,
    completions: people('x.person_id'),
    routes: people('x.person_id'),
    mentoringPairs: sql`(${people('x.mentee_id')} or ${people('x.mentor_id')} or ${within('x.organization_id', t.organizationIds)})`,
    communities,
    communityMembers: sql`x.community_id in (select x.id from communities x where ${communities})`,
    events,
    participations: sql`(x.event_id in (select x.id from events x where ${events}) or ${people('x.person_id')})`,
    consultations: people('x.requester_id'),
    practices:
      t.personIds === null
        ? sql`true`
        : sql`exists (select 1 from practice_authors pa where pa.practice_id = x.id and ${people('pa.person_id')})`,
    practiceAdoptions: people('x.person_id'),
  };
}

const queries: Record<ExchangeList, (where: SQL) => SQL> = {
  municipalities: (w) => sql`select x.code, x.name from municipalities x where ${w} order by ${c('x.code')}`,
  organizations: (w) => sql`select x.code, m.code as municipality, x.name, x.kind, x.flags::text[] as flags
    from organizations x join municipalities m on m.id = x.municipality_id where ${w} order by ${c('x.code')}`,
  people: (w) => sql`select x.code, x.last_name as "lastName", x.first_name as "firstName", x.middle_name as "middleName",
    x.birth_date as "birthDate", x.career_start as "careerStart", x.email from people x where ${w} order by ${c('x.code')}`,
  employments: (w) => sql`select p.code as person, o.code as organization, x.position, x.category, x.start, x."end", x.subjects,
    x.type, x.personnel_number as "personnelNumber"
    from employments x join people p on p.id = x.person_id join organizations o on o.id = x.organization_id
    where ${w} order by ${c('p.code')}, ${c('o.code')}, ${c('x.position')}, x.start, ${c('x.type::text')}`,
  attestations: (w) => sql`select p.code as person, x.category, x.date from attestations x join people p on p.id = x.person_id
    where ${w} order by ${c('p.code')}, ${c('x.category::text')}, x.date`,
  activeMemberships: (
    w,
  ) => sql`select p.code as person, x.kind, x.level, x.start, x."end" from active_memberships x join people p on p.id = x.person_id
    where ${w} order by ${c('p.code')}, ${c('x.kind::text')}, ${c('x.level::text')}, x.start`,
  diagnostics: (w) => sql`select x.code, p.code as person, x.date,
    coalesce((select jsonb_agg(jsonb_build_array(d.competency, d.level) order by d.position, d.id) from deficits d where d.diagnostic_id = x.id), '[]') as deficits
    from diagnostics x join people p on p.id = x.person_id where ${w} order by ${c('x.code')}`,
  programmes: (
    w,
  ) => sql`select x.code, x.title, x.hours, x.federal_registry as "federalRegistry", x.for_management_teams as "forManagementTeams"
    from programmes x where ${w} order by ${c('x.code')}`,
  completions: (w) => sql`select p.code as person, g.code as programme, x.start, x."end"
    from completions x join people p on p.id = x.person_id join programmes g on g.id = x.programme_id
    where ${w} order by ${c('p.code')}, ${c('g.code')}, x."end"`,
  routes: (w) => sql`select x.code, p.code as person, x.status, x.start, x."end", mp.code as methodist, d.code as diagnostic,
    coalesce((select jsonb_agg(jsonb_build_array(a.kind, g.code, a.planned_end, a.completed_on) order by a.position, a.id)
      from route_activities a left join programmes g on g.id = a.programme_id where a.route_id = x.id), '[]') as activities
    from routes x join people p on p.id = x.person_id left join people mp on mp.id = x.methodist_id left join diagnostics d on d.id = x.diagnostic_id
    where ${w} order by ${c('x.code')}`,
  mentoringPairs: (w) => sql`select a.code as mentor, b.code as mentee, o.code as organization, x.start, x."end"
    from mentoring_pairs x join people a on a.id = x.mentor_id join people b on b.id = x.mentee_id left join organizations o on o.id = x.organization_id
    where ${w} order by ${c('a.code')}, ${c('b.code')}, x.start`,
  communities: (w) => sql`select x.code, x.name, x.kind, x.level, m.code as municipality, o.code as organization, x.start, x."end"
    from communities x left join municipalities m on m.id = x.municipality_id left join organizations o on o.id = x.organization_id
    where ${w} order by ${c('x.code')}`,
  communityMembers: (w) => sql`select k.code as community, p.code as person, x.role, x.start, x."end"
    from community_members x join communities k on k.id = x.community_id join people p on p.id = x.person_id
    where ${w} order by ${c('k.code')}, ${c('p.code')}, x.start`,
  events: (w) => sql`select x.code, x.title, x.kind, x.level, m.code as municipality, x.start, x."end", x.audience::text[] as audience
    from events x left join municipalities m on m.id = x.municipality_id where ${w} order by ${c('x.code')}`,
  participations: (w) => sql`select e.code as event, p.code as person, x.role, x.attended
    from participations x join events e on e.id = x.event_id join people p on p.id = x.person_id
    where ${w} order by ${c('e.code')}, ${c('p.code')}`,
  consultations: (w) => sql`select x.code, r.code as requester, x.date, a.code as assignee, x.assignee_level as "assigneeLevel",
    x.resolved_on as "resolvedOn", x.outcome
    from consultations x join people r on r.id = x.requester_id left join people a on a.id = x.assignee_id
    where ${w} order by ${c('x.code')}`,
  practices: (w) => sql`select x.code, x.title,
    coalesce((select jsonb_agg(p.code order by pa.position, p.code) from practice_authors pa join people p on p.id = pa.person_id where pa.practice_id = x.id), '[]') as authors,
    x.status, x.published_on as "publishedOn" from practices x where ${w} order by ${c('x.code')}`,
  practiceAdoptions: (w) => sql`select pr.code as practice, p.code as person, x.date
    from practice_adoptions x join practices pr on pr.id = x.practice_id join people p on p.id = x.person_id
    where ${w} order by ${c('pr.code')}, ${c('p.code')}`,
};

/** Nested values come back as JSON arrays; they are turned into the package's objects here. */
const shape: Partial<Record<ExchangeList, (row: Row) => Row>> = {
  diagnostics: (r) => ({ ...r, deficits: (r.deficits as [string, string | null][]).map(([competency, level]) => ({ competency, level })) }),
  routes: (r) => ({
    ...r,
    activities: (r.activities as [string, string | null, string | null, string | null][]).map(
      ([kind, programme, plannedEnd, completedOn]) => ({
        kind,
        programme,
        plannedEnd,
        completedOn,
      }),
    ),
  }),
};

export async function readList(db: Executor, list: ExchangeList, territory: Territory): Promise<Row[]> {
  const result = await db.execute<Row>(queries[list](filters(territory)[list]));
  const reshape = shape[list];
  return reshape ? result.rows.map(reshape) : result.rows;
}
