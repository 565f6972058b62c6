import { sql, type SQL } from 'drizzle-orm';
import type { PersonCard, PersonInput, PersonRow, personListQuery } from '../../../shared/registry.js';
import type { z } from '../../../shared/zod.js';
import { personCurrentInScope, personInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import {
  containsPattern,
  currentOn,
  employmentVisible,
  firstThreeYearsOn,
  foldName,
  icu,
  under35On,
  youngDatesOn,
} from './registry.queries.js';

export type PersonFilters = Partial<Omit<z.output<typeof personListQuery>, 'page' | 'pageSize'>>;

/** A current employment `e` (with organization `o`) that the scope sees and that matches the filters. */
function matchingEmployment(scope: Scope, today: string, f: PersonFilters): SQL {
  const where: SQL[] = [currentOn(today), employmentVisible(scope)];
  if (f.municipalityId) where.push(sql`o.municipality_id = ${f.municipalityId}`);
  if (f.organizationId) where.push(sql`e.organization_id = ${f.organizationId}`);
  if (f.kind) where.push(sql`o.kind = ${f.kind}`);
  if (f.flag) where.push(sql`o.flags @> array[${f.flag}]::organization_flag[]`);
  if (f.category) where.push(sql`e.category = ${f.category}`);
  if (f.young) where.push(sql`e.category = 'teacher'`);
  return sql.join(where, sql` and `);
}

function peopleWhere(scope: Scope, today: string, f: PersonFilters): SQL {
  const where: SQL[] = [
    sql`exists (select 1 from employments e join organizations o on o.id = e.organization_id where e.person_id = p.id and ${matchingEmployment(scope, today, f)})`,
  ];
  const q = f.q ? foldName(f.q) : '';
  if (q) where.push(sql`p.search_name ilike ${containsPattern(q)}`);
  if (f.young) where.push(youngDatesOn(today));
  return sql.join(where, sql` and `);
}

function orderSql(alias: string, f: PersonFilters): SQL {
  const a = sql.raw(alias);
  const dir = sql.raw(f.order === 'desc' ? 'desc' : 'asc');
  const name = sql`${a}.last_name ${icu} ${dir}, ${a}.first_name ${icu} ${dir}, ${a}.middle_name ${icu} ${dir}`;
  const key = {
    name,
    birthDate: sql`${a}.birth_date ${dir} nulls last, ${name}`,
    careerStart: sql`${a}.career_start ${dir} nulls last, ${name}`,
    organization: sql`${a}.org_sort ${icu} ${dir} nulls last, ${name}`,
  }[f.sort ?? 'name'];
  return sql`${key}, ${a}.id ${dir}`;
}

type RawRow = Omit<PersonRow, 'organizations'> & { organizations: PersonRow['organizations'] | null };

/**
 * One page of people with a current employment in the scope (all of them when `limit` is null):
 * the page is chosen first, then its current employments are gathered in one lateral join.
 */
export async function selectPeople(
  db: Executor,
  scope: Scope,
  today: string,
  f: PersonFilters,
  limit: number | null,
  offset = 0,
): Promise<RawRow[]> {
  // Sorting by organization needs every candidate's first organization: one grouped pass, not a subquery per person.
  const orgSort =
    f.sort === 'organization'
      ? sql`left join (
          select e.person_id, min(o.name ${icu}) as name from employments e join organizations o on o.id = e.organization_id
          where ${currentOn(today)} and ${employmentVisible(scope)} group by e.person_id
        ) first_org on first_org.person_id = p.id`
      : sql``;
  const result = await db.execute<RawRow>(sql`
    with page as (
      select b.* from (
        select p.id, p.code, p.last_name, p.first_name, p.middle_name, p.birth_date, p.career_start, ${f.sort === 'organization' ? sql`first_org.name` : sql`null::text`} as org_sort
        from people p ${orgSort} where ${peopleWhere(scope, today, f)}
      ) b
      order by ${orderSql('b', f)}
      ${limit === null ? sql`` : sql`limit ${limit} offset ${offset}`}
    )
    select p.id, p.code, p.last_name as "lastName", p.first_name as "firstName", p.middle_name as "middleName",
      p.birth_date as "birthDate", p.career_start as "careerStart", cur.organizations,
      (coalesce(cur.teacher, false) and ${youngDatesOn(today)}) as young
    from page p cross join lateral (
      select json_agg(json_build_object('id', o.id, 'name', o.name, 'position', e.position, 'category', e.category)
          order by o.name ${icu}, e.position ${icu}, e.id) as organizations,
        bool_or(e.category = 'teacher') as teacher
      from employments e join organizations o on o.id = e.organization_id
      where e.person_id = p.id and ${currentOn(today)} and ${employmentVisible(scope)}
    ) cur
    order by ${orderSql('p', f)}`);
  return result.rows;
}

export async function countPeople(db: Executor, scope: Scope, today: string, f: PersonFilters): Promise<number> {
  const result = await db.execute<{ total: number }>(sql`select count(*) as total from people p where ${peopleWhere(scope, today, f)}`);
  return Number(result.rows[0]?.total ?? 0);
}

type CardHead = Omit<PersonCard, 'employments' | 'attestations' | 'activeMemberships' | 'can'> & { edit: boolean; snilsFull: boolean };

/**
 * The card's own fields, or nothing when the person is outside the read scope. A reader whose
 * territory employed the person only in the past gets the card without contacts and SNILS, and
 * `edit` needs an employment inside the write scope that has not ended (personCurrentInScope).
 */
export async function selectPersonHead(
  db: Executor,
  scope: Scope,
  writeScope: Scope,
  snilsScope: Scope,
  today: string,
  id: number,
): Promise<CardHead | undefined> {
  const result = await db.execute<CardHead>(sql`
    select p.id, p.code, p.last_name as "lastName", p.first_name as "firstName", p.middle_name as "middleName",
      p.birth_date as "birthDate", p.career_start as "careerStart",
      case when c.current then p.email end as email, case when c.current then p.phone end as phone,
      case when c.current then p.snils end as snils, c.current,
      case when p.birth_date is null then null else date_part('year', age(${today}::date, p.birth_date))::int end as age,
      ${under35On(today)} as "under35", ${firstThreeYearsOn(today)} as "firstThreeYears",
      (${youngDatesOn(today)} and exists (select 1 from employments e where e.person_id = p.id and e.category = 'teacher' and ${currentOn(today)})) as young,
      ${personCurrentInScope(writeScope, sql`p.id`, today)} as edit,
      ${personInScope(snilsScope, sql`p.id`)} as "snilsFull"
    from people p cross join lateral (select ${personCurrentInScope(scope, sql`p.id`, today)} as current) c
    where p.id = ${id} and ${personInScope(scope, sql`p.id`)}`);
  return result.rows[0];
}

/**
 * The card's lists. Employments are narrowed to the read scope: a person working in two districts
 * must not show one district's reader where and as whom they work in the other.
 */
export async function selectPersonDetails(db: Executor, scope: Scope, id: number) {
  const employments = await db.execute<PersonCard['employments'][number]>(sql`
    select e.id, e.organization_id as "organizationId", o.name as "organizationName", m.name as "municipalityName",
      e.position, e.category, e.start, e."end", e.subjects, e.type, e.personnel_number as "personnelNumber"
    from employments e join organizations o on o.id = e.organization_id join municipalities m on m.id = o.municipality_id
    where e.person_id = ${id} and ${employmentVisible(scope)} order by e."end" desc nulls first, e.start desc, e.id`);
  const attestations = await db.execute<PersonCard['attestations'][number]>(sql`
    select a.id, a.category, a.date from attestations a where a.person_id = ${id} order by a.date desc, a.id`);
  const memberships = await db.execute<PersonCard['activeMemberships'][number]>(sql`
    select a.id, a.kind, a.level, a.start, a."end" from active_memberships a where a.person_id = ${id} order by a.start desc, a.id`);
  return { employments: employments.rows, attestations: attestations.rows, activeMemberships: memberships.rows };
}

export type PersonMatchKeys = Pick<PersonInput, 'lastName' | 'firstName' | 'middleName' | 'birthDate' | 'snils'>;

/** A person of the region the keys name, with whether the scope has (or had) them; see findPersonMatch. */
export type PersonMatchRow = {
  id: number;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthYear: number | null;
  inScope: boolean;
};

/**
 * The person of the whole region the keys name, or nothing: by SNILS when it is given, otherwise (or
 * when no one has it) by «Фамилия Имя Отчество» folded like people.search_name and the birth date —
 * never a namesake whose stored SNILS differs. A person the scope has is preferred among equals.
 */
export async function findPersonMatch(db: Executor, scope: Scope, keys: PersonMatchKeys): Promise<PersonMatchRow | undefined> {
  const snils = keys.snils ?? null;
  const name = `${keys.lastName} ${keys.firstName} ${keys.middleName ?? ''}`;
  const result = await db.execute<PersonMatchRow>(sql`
    select c.id, c.last_name as "lastName", c.first_name as "firstName", c.middle_name as "middleName",
      extract(year from c.birth_date)::int as "birthYear", c.in_scope as "inScope"
    from (
      select p.*, true as by_snils, ${personInScope(scope, sql`p.id`)} as in_scope from people p
      where ${snils}::text is not null and p.snils = ${snils}
      union all
      select p.*, false, ${personInScope(scope, sql`p.id`)} from people p
      where p.search_name = translate(lower(${name}), 'ё', 'е') and p.birth_date = ${keys.birthDate ?? null}::date
        and (${snils}::text is null or p.snils is null or p.snils = ${snils})
    ) c
    order by c.by_snils desc, c.in_scope desc, c.id limit 1`);
  return result.rows[0];
}
