// The 27 indicators of docs/indicators.md, each defined once as SQL that yields the ids of
// its numerator's members and (for shares) of its denominator's. The counts, the drill-down lists
// (numerator; denominator minus numerator) and the snapshots all select from these fragments, so
// a number and the names behind it can never disagree.
import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorCode } from '../../../shared/indicators.js';

/** The territory an indicator is computed for, already resolved from its code. */
export type ScopeRef = {
  kind: 'region' | 'municipality' | 'organization';
  id: number;
};

/**
 * Several territories of one kind computed in one statement (a breakdown's child scopes). Every
 * member row carries the `scope_key` (the territory's id) it belongs to; one territory is the
 * special case of a single key, so a number is computed the same way alone or in a breakdown.
 */
export type ScopeSet = {
  kind: ScopeRef['kind'];
  ids: readonly number[];
};

export const scopeSetOf = (scope: ScopeRef): ScopeSet => ({ kind: scope.kind, ids: [scope.id] });

/** Period P = [from, to], both `YYYY-MM-DD`, inclusive. */
export interface Period {
  from: string;
  to: string;
}

export interface IndicatorSql {
  /** (scope_key, id) of the members behind the number: people, organizations, communities, practices or events. */
  numerator: SQL;
  /** (scope_key, id) of the population of a share (a superset of the numerator); null for counts. */
  denominator: SQL | null;
}

const B = (p: Period) => sql`${p.from}::date`;
const E = (p: Period) => sql`${p.to}::date`;

/** The join of scope `sc` (one row of `scopes`) to its organizations `o`. */
function scopeOrganizations(kind: ScopeRef['kind']): SQL {
  switch (kind) {
    case 'region':
      return sql`o.municipality_id in (select m.id from municipalities m where m.region_id = sc.id)`;
    case 'municipality':
      return sql`o.municipality_id = sc.id`;
    case 'organization':
      return sql`o.id = sc.id`;
  }
}

const scopeRows = (ids: readonly number[]): SQL =>
  ids.length
    ? sql`values ${sql.join(
        ids.map((id) => sql`(${id}::int)`),
        sql`, `,
      )}`
    : sql`select null::int where false`;

/**
 * The shared pieces every definition builds on, as one WITH list (an unreferenced CTE is never
 * executed, so a drill-down of one indicator pays only for what it uses):
 * - scope_orgs: every organization of S (methodical centres included: their people are staff);
 * - staff_jobs / staff / teachers: employments of S on E (start ≤ E, end empty or ≥ E), people once;
 * - young: teachers under 35 on E whose career began less than three years before E. PostgreSQL's
 *   `date + interval 'N years'` maps 29 Feb to 28 Feb; a missing birth date or career start makes
 *   the comparison null, so such a person is not young;
 * - orgs: organizations of S that are not methodical centres;
 * - live_routes: agreed / in progress / completed routes overlapping P. A route without a start
 *   date cannot be placed in any period and is not live (`null <= E` is not true); the same holds
 *   for every other interval with an empty start.
 */
export function sharedCtes(scope: ScopeSet | ScopeRef, period: Period): SQL {
  const scopes = 'ids' in scope ? scope : scopeSetOf(scope);
  const b = B(period);
  const e = E(period);
  return sql`
    scopes as (select v.id from (${scopeRows(scopes.ids)}) v(id)),
    scope_orgs as (
      select sc.id as scope_key, o.id, o.kind, o.flags, o.municipality_id from scopes sc join organizations o on ${scopeOrganizations(scopes.kind)}),
    staff_jobs as (
      select so.scope_key, ej.person_id, ej.organization_id, ej.category from employments ej join scope_orgs so on so.id = ej.organization_id
      where ej.start <= ${e} and (ej."end" is null or ej."end" >= ${e})),
    staff as (select distinct scope_key, person_id as id from staff_jobs),
    teachers as (select distinct scope_key, person_id as id from staff_jobs where category = 'teacher'),
    young as (
      select t.scope_key, t.id from teachers t join people yp on yp.id = t.id
      where yp.birth_date + interval '35 years' > ${e} and yp.career_start + interval '3 years' > ${e}),
    orgs as (select scope_key, id, flags from scope_orgs where kind <> 'methodical_center'),
    live_routes as (
      select lr.id, lr.person_id, lr.methodist_id, lr.diagnostic_id from routes lr
      where lr.status in ('agreed', 'in_progress', 'completed') and lr.start <= ${e} and (lr."end" is null or lr."end" >= ${b}))`;
}

/** [s, e] (e empty = open) overlaps P; an empty s never does. */
const overlaps = (p: Period, s: SQL, e: SQL) => sql`${s} <= ${E(p)} and (${e} is null or ${e} >= ${B(p)})`;
/** [s, e] holds the day E. */
const coversEnd = (p: Period, s: SQL, e: SQL) => sql`${s} <= ${E(p)} and (${e} is null or ${e} >= ${E(p)})`;
const inPeriod = (p: Period, date: SQL) => sql`${date} between ${B(p)} and ${E(p)}`;

/** Members of `population` (a CTE of ids) for whom `condition` on `x.id` holds. */
const having = (population: 'staff' | 'teachers' | 'young' | 'orgs', condition: SQL) =>
  sql`select x.scope_key, x.id from ${sql.raw(population)} x where ${condition}`;
const all = (population: 'staff' | 'teachers' | 'young' | 'orgs') => sql`select x.scope_key, x.id from ${sql.raw(population)} x`;
const share = (population: 'staff' | 'teachers' | 'young' | 'orgs', condition: SQL): IndicatorSql => ({
  numerator: having(population, condition),
  denominator: all(population),
});

/** The attended events of person `x.id` that satisfy `condition` on `ev`. */
const attends = (condition: SQL) =>
  sql`exists (select 1 from participations pa join events ev on ev.id = pa.event_id where pa.person_id = x.id and pa.attended and ${condition})`;

/** An organization of `orgs` with a manager on E who completed a management-team programme ending in P. */
const managementTeamTrained = (p: Period) =>
  having(
    'orgs',
    sql`exists (select 1 from employments me join completions mc on mc.person_id = me.person_id
      join programmes mp on mp.id = mc.programme_id
      where me.organization_id = x.id and me.category = 'manager' and ${coversEnd(p, sql`me.start`, sql`me."end"`)}
        and mp.for_management_teams and ${inPeriod(p, sql`mc."end"`)})`,
  );

/**
 * (scope_key, id) of the communities `c` satisfying `live` that belong to each scope, as plain
 * joins on the community's own columns: a probe into a CTE per community and scope grows with the
 * square of the data (bench: 5 s of 10 s at 40,000 staff before this form).
 */
const communitiesOf = (kind: ScopeRef['kind'], live: SQL): SQL => {
  switch (kind) {
    // The region holds every community not tied to a territory outside it, regional ones included.
    case 'region':
      return sql`select sc.id as scope_key, c.id from scopes sc join communities c on ${live}
        and (c.municipality_id is null or exists (select 1 from municipalities cm where cm.id = c.municipality_id and cm.region_id = sc.id))
        and (c.organization_id is null or exists (select 1 from organizations co join municipalities com on com.id = co.municipality_id
          where co.id = c.organization_id and com.region_id = sc.id))`;
    // Regional communities count for the region only, even when they name a municipality or a school.
    case 'municipality':
      return sql`select sc.id as scope_key, c.id from scopes sc join communities c on c.municipality_id = sc.id
          where ${live} and c.level <> 'regional'
        union
        select so.scope_key, c.id from scope_orgs so join communities c on c.organization_id = so.id
          where ${live} and c.level <> 'regional'`;
    case 'organization':
      return sql`select sc.id as scope_key, c.id from scopes sc join communities c on c.organization_id = sc.id
        where ${live} and c.level <> 'regional'`;
  }
};

/** Event `ev` took place in a municipality of scope `sc`. */
const eventMunicipalityInScope = (kind: ScopeRef['kind']): SQL => {
  switch (kind) {
    case 'region':
      return sql`ev.municipality_id in (select m.id from municipalities m where m.region_id = sc.id)`;
    case 'municipality':
      return sql`ev.municipality_id = sc.id`;
    // A municipality is never inside one organization: a school's scope holds no consilium.
    case 'organization':
      return sql`false`;
  }
};

export function definitionOf(definitions: Record<IndicatorCode, IndicatorSql>, code: IndicatorCode): IndicatorSql {
  const definition = definitions[code];
  if (!definition) throw new Error(`Indicator ${code} has no SQL definition`);
  return definition;
}

/**
 * Every indicator's numerator and denominator for the scopes and period, as (scope_key, id) rows;
 * the CTEs are sharedCtes().
 */
export function indicatorDefinitions(scopes: Pick<ScopeSet, 'kind'>, p: Period): Record<IndicatorCode, IndicatorSql> {
  const b = B(p);
  const e = E(p);
  const mgmt = managementTeamTrained(p);
  const startsInP = inPeriod(p, sql`ev.start`);
  /** A municipal or regional project overlapping P (000 §4.2). */
  const inProject = sql`ev.kind = 'project' and ev.level in ('municipal', 'regional') and ${overlaps(p, sql`ev.start`, sql`ev."end"`)}`;
  /** A methodical event of municipal or regional level starting in P: every kind but olympiads, which are for students (000 §4.3–4.4). */
  const methodicalEvent = sql`ev.kind <> 'olympiad' and ev.level in ('municipal', 'regional') and ${startsInP}`;
  return {
    org_mgmt_team_pd_share: { numerator: mgmt, denominator: all('orgs') },
    org_staff_plan_share: share('orgs', sql`'staff_plan' = any(x.flags)`),
    org_mentoring_model_share: share('orgs', sql`'mentoring_model' = any(x.flags)`),
    staff_pd_share: share('staff', sql`exists (select 1 from completions c where c.person_id = x.id and ${inPeriod(p, sql`c."end"`)})`),
    teacher_iom_share: share('teachers', sql`exists (select 1 from live_routes r where r.person_id = x.id)`),
    teacher_mentoring_share: share(
      'teachers',
      sql`exists (select 1 from mentoring_pairs mp where (mp.mentor_id = x.id or mp.mentee_id = x.id) and ${overlaps(p, sql`mp.start`, sql`mp."end"`)})`,
    ),
    young_teacher_support_share: share(
      'young',
      sql`(exists (select 1 from mentoring_pairs mp where mp.mentee_id = x.id and ${overlaps(p, sql`mp.start`, sql`mp."end"`)})
        or exists (select 1 from community_members cm join communities c on c.id = cm.community_id
          where cm.person_id = x.id and c.kind = 'young_teacher_school' and ${overlaps(p, sql`cm.start`, sql`cm."end"`)})
        or ${attends(sql`${startsInP} and 'young_teachers' = any(ev.audience)`)})`,
    ),
    teacher_community_share: share(
      'teachers',
      sql`exists (select 1 from community_members cm join communities c on c.id = cm.community_id
        where cm.person_id = x.id and c.kind <> 'council' and ${overlaps(p, sql`cm.start`, sql`cm."end"`)})`,
    ),
    community_count: {
      numerator: communitiesOf(scopes.kind, sql`c.kind <> 'council' and ${overlaps(p, sql`c.start`, sql`c."end"`)}`),
      denominator: null,
    },
    teacher_active_share: share(
      'teachers',
      sql`exists (select 1 from active_memberships am where am.person_id = x.id and ${coversEnd(p, sql`am.start`, sql`am."end"`)})`,
    ),
    teacher_methodist_supported_share: share(
      'teachers',
      sql`exists (select 1 from live_routes r join active_memberships am on am.person_id = r.methodist_id
        where r.person_id = x.id and am.kind = 'methodical' and am.level = 'regional' and ${coversEnd(p, sql`am.start`, sql`am."end"`)})`,
    ),
    practice_products_count: {
      // A practice once per scope however many of its authors work there: a join, not a probe per practice and scope.
      numerator: sql`select distinct s.scope_key, pr.id from practices pr join practice_authors pau on pau.practice_id = pr.id
        join staff s on s.id = pau.person_id where ${inPeriod(p, sql`pr.published_on`)}`,
      denominator: null,
    },
    help_received_share: {
      numerator: having(
        'teachers',
        sql`exists (select 1 from consultations cs where cs.requester_id = x.id and ${inPeriod(p, sql`cs.date`)} and cs.outcome = 'full')`,
      ),
      denominator: having(
        'teachers',
        sql`exists (select 1 from consultations cs where cs.requester_id = x.id and ${inPeriod(p, sql`cs.date`)})`,
      ),
    },
    iom_diagnostics_support_share: share(
      'teachers',
      sql`exists (select 1 from live_routes r where r.person_id = x.id and r.diagnostic_id is not null and r.methodist_id is not null)`,
    ),
    practice_demonstrated_share: share(
      'teachers',
      // «на муниципальном уровне» (000 §4.2): municipal events only.
      attends(sql`pa.role = 'speaker' and ev.level = 'municipal' and ${startsInP}`),
    ),
    project_participants_count: { numerator: having('staff', attends(inProject)), denominator: null },
    // «педагогов — участников проектов, заявивших о намерении…» (000 §4.2): adopters who took part in a project.
    practice_adopters_count: {
      numerator: having(
        'staff',
        sql`exists (select 1 from practice_adoptions ad where ad.person_id = x.id and ${inPeriod(p, sql`ad.date`)}) and ${attends(inProject)}`,
      ),
      denominator: null,
    },
    event_participation_share: share('teachers', attends(methodicalEvent)),
    attestation_share: share(
      'teachers',
      // First and highest categories only: педагог-методист, педагог-наставник and соответствие are not counted (docs/indicators.md).
      sql`exists (select 1 from attestations att where att.person_id = x.id and att.category in ('first', 'highest') and ${inPeriod(p, sql`att.date`)})`,
    ),
    young_activity_share: share('young', attends(methodicalEvent)),
    mgmt_team_pd_count: { numerator: mgmt, denominator: null },
    individual_help_share: share(
      'teachers',
      sql`exists (select 1 from consultations cs where cs.requester_id = x.id and ${inPeriod(p, sql`cs.date`)}
        and cs.assignee_level = 'municipal' and cs.outcome in ('full', 'partial'))`,
    ),
    consilium_count: {
      numerator: sql`select sc.id as scope_key, ev.id from scopes sc join events ev
        on ev.kind = 'consilium' and ev.level = 'municipal' and ev.start between ${b} and ${e} and ${eventMunicipalityInScope(scopes.kind)}`,
      denominator: null,
    },
    org_methodical_service_count: { numerator: having('orgs', sql`'methodical_service' = any(x.flags)`), denominator: null },
    registry_pd_after_diagnostics_share: share(
      'teachers',
      // Any of the person's routes based on diagnostics, live or not: the catalog asks only that the
      // programme was chosen on such a route.
      sql`exists (select 1 from completions c join programmes pg on pg.id = c.programme_id
        where c.person_id = x.id and pg.federal_registry and ${inPeriod(p, sql`c."end"`)}
          and exists (select 1 from routes dr join route_activities ra on ra.route_id = dr.id
            where dr.person_id = x.id and dr.diagnostic_id is not null and ra.programme_id = c.programme_id))`,
    ),
    diagnostics_share: share('staff', sql`exists (select 1 from diagnostics d where d.person_id = x.id and ${inPeriod(p, sql`d.date`)})`),
    iom_after_diagnostics_share: share(
      'staff',
      sql`exists (select 1 from live_routes r where r.person_id = x.id and r.diagnostic_id is not null)`,
    ),
  };
}
