// The roster import's SQL. Rows go to the database as parallel arrays unnested on the server:
// one statement per batch of thousands of rows instead of one per row.
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { RosterRecord } from '../../../shared/roster.js';
import { organizationInScope, personCurrentInScope, personInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import type { RosterOrganization } from './roster.rows.js';

const arr = (values: unknown[]) => sql.param(values);

export async function scopeOrganizations(db: Executor, scope: Scope): Promise<RosterOrganization[]> {
  const result = await db.execute<{ id: number; code: string; name: string; short_name: string | null; municipality_id: number }>(
    sql`select o.id, o.code, o.name, o.short_name, o.municipality_id from organizations o where ${organizationInScope(scope, sql`o.id`)}`,
  );
  return result.rows.map((r) => ({ id: r.id, code: r.code, name: r.name, shortName: r.short_name, municipalityId: r.municipality_id }));
}

type PersonKeys = Pick<RosterRecord, 'code' | 'lastName' | 'firstName' | 'middleName' | 'birthDate' | 'snils'>;

/**
 * The existing person a record names. `current`: the importer's territory employs them today, so
 * the row may change their card; otherwise (a part-timer's main employer is elsewhere, a teacher
 * moved in or came back) the row only adds an employment, and the importer learns nothing of them
 * but the name and the birth year.
 */
export interface PersonMatch {
  id: number;
  current: boolean;
  name: string;
  birthYear: number | null;
}

/** A record's match, or null with whether its code is held by someone the importer may not match by code. */
export type RecordMatch = PersonMatch | { id: null; codeTaken: boolean };

/**
 * The existing person of each record, matched across the whole region so that nobody is duplicated:
 * by SNILS; else by code among the people of the importer's territory (a school's own numbers);
 * else by «Фамилия Имя Отчество» (folded like people.search_name: lower case, ё as е) and birth date,
 * never to a namesake whose stored SNILS differs. Among equals a person of the territory wins.
 */
export async function matchPeople(db: Executor, scope: Scope, today: string, records: PersonKeys[]): Promise<RecordMatch[]> {
  if (!records.length) return [];
  const candidate = (rank: number) =>
    sql`select p.id, ${sql.raw(String(rank))} as rank, ${personInScope(scope, sql`p.id`)} as in_scope, ${personCurrentInScope(scope, sql`p.id`, today)} as current,
      concat_ws(' ', p.last_name, p.first_name, nullif(p.middle_name, '')) as name, extract(year from p.birth_date)::int as birth_year from people p`;
  const result = await db.execute<{
    i: number;
    id: number | null;
    current: boolean | null;
    name: string | null;
    birth_year: number | null;
    code_taken: boolean;
  }>(sql`
    select t.i::int as i, m.id, m.current, m.name, m.birth_year,
      (m.id is null and t.code is not null and exists (select 1 from people p where p.code = t.code)) as code_taken
    from unnest(${arr(records.map((r) => r.code))}::text[], ${arr(records.map((r) => `${r.lastName} ${r.firstName} ${r.middleName ?? ''}`))}::text[],
      ${arr(records.map((r) => r.birthDate))}::date[], ${arr(records.map((r) => r.snils))}::text[]) with ordinality as t(code, name, birth, snils, i)
    left join lateral (
      -- Index-backed branches, not one CASE: a CASE in WHERE scans every person for every row.
      select c.* from (
        ${candidate(1)} where t.snils is not null and p.snils = t.snils
        union all
        ${candidate(2)} where t.code is not null and p.code = t.code and ${personInScope(scope, sql`p.id`)}
        union all
        ${candidate(3)} where p.search_name = translate(lower(t.name), 'ё', 'е') and p.birth_date = t.birth
          and (t.snils is null or p.snils is null or p.snils = t.snils)
      ) c
      order by c.rank, c.in_scope desc, c.id limit 1
    ) m on true`);
  const matches: RecordMatch[] = records.map(() => ({ id: null, codeTaken: false }));
  for (const row of result.rows) {
    matches[row.i - 1] =
      row.id === null
        ? { id: null, codeTaken: row.code_taken }
        : { id: row.id, current: Boolean(row.current), name: row.name ?? '', birthYear: row.birth_year };
  }
  return matches;
}

/** Who writes: the audit columns every entry of the batch shares. */
export interface RosterActor {
  userId: number;
  login: string;
}

/** SNILS as the audit log keeps it (people.service maskSnils): the last four digits only. */
const maskedSnils = (value: SQL) => {
  const digits = sql`regexp_replace(${value}, '[^0-9]', '', 'g')`;
  return sql`case when ${value} is null then null
    when length(${digits}) = 11 then '***-***-*' || substr(${digits}, 8, 2) || ' ' || substr(${digits}, 10)
    else '***' end`;
};

/** A new record's values as diff(null, record) gives them: `{"field": {"from": null, "to": …}}`, nulls left out. */
const createdValues = (values: SQL) =>
  sql`(select jsonb_object_agg(v.key, jsonb_build_object('from', null, 'to', v.value)) from jsonb_each(jsonb_strip_nulls(${values})) v)`;

/** `{"field": {"from": …, "to": …}}` when the two values differ, else an empty object. */
const change = (field: string, from: SQL, to: SQL, shown: (v: SQL) => SQL = (v) => v) =>
  sql`case when ${from} is distinct from ${to} then jsonb_build_object(${field}::text, jsonb_build_object('from', ${shown(from)}, 'to', ${shown(to)})) else '{}'::jsonb end`;

const fullName = (alias: string) => sql.raw(`concat_ws(' ', ${alias}.last_name, ${alias}.first_name, nullif(${alias}.middle_name, ''))`);

/**
 * Updates matched people in place; a column the file does not have keeps its stored value. Only
 * people the importer's territory employs today are changed (the others only get an employment),
 * only when a value really differs, and each change is logged with its old and new values.
 */
export async function updatePeople(
  tx: Executor,
  scope: Scope,
  today: string,
  actor: RosterActor,
  ids: number[],
  records: RosterRecord[],
  municipalityIds: number[],
): Promise<void> {
  if (!ids.length) return;
  const fields = [
    ['lastName', 'last_name'],
    ['firstName', 'first_name'],
    ['middleName', 'middle_name'],
    ['birthDate', 'birth_date'],
    ['careerStart', 'career_start'],
    ['email', 'email'],
    ['phone', 'phone'],
  ] as const;
  const changes = sql.join(
    [
      ...fields.map(([key, column]) => change(key, sql.raw(`o.${column}`), sql.raw(`n.${column}`))),
      change('snils', sql`o.snils`, sql`n.snils`, maskedSnils),
    ],
    sql` || `,
  );
  await tx.execute(sql`
    with n as (
      select p.id, t.municipality_id, t.last_name, t.first_name, coalesce(t.middle_name, p.middle_name) as middle_name,
        coalesce(t.birth_date, p.birth_date) as birth_date, coalesce(t.career_start, p.career_start) as career_start,
        coalesce(t.email, p.email) as email, coalesce(t.phone, p.phone) as phone, coalesce(t.snils, p.snils) as snils
      from unnest(${arr(ids)}::int[], ${arr(records.map((r) => r.lastName))}::text[], ${arr(records.map((r) => r.firstName))}::text[],
        ${arr(records.map((r) => r.middleName))}::text[], ${arr(records.map((r) => r.birthDate))}::date[], ${arr(records.map((r) => r.careerStart))}::date[],
        ${arr(records.map((r) => r.email))}::text[], ${arr(records.map((r) => r.phone))}::text[], ${arr(records.map((r) => r.snils))}::text[],
        ${arr(municipalityIds)}::int[])
        as t(id, last_name, first_name, middle_name, birth_date, career_start, email, phone, snils, municipality_id)
      join people p on p.id = t.id
      where ${personCurrentInScope(scope, sql`p.id`, today)}
    ),
    diffs as (select n.*, ${changes} as changes from n join people o on o.id = n.id),
    changed as (select * from diffs where changes <> '{}'::jsonb),
    updated as (
      update people p set last_name = c.last_name, first_name = c.first_name, middle_name = c.middle_name, birth_date = c.birth_date,
        career_start = c.career_start, email = c.email, phone = c.phone, snils = c.snils, updated_at = now()
      from changed c where p.id = c.id
      returning p.id
    )
    insert into audit_log (user_id, user_login, action, entity, entity_id, entity_label, subject, municipality_ids, changes)
    select ${actor.userId}, ${actor.login}, 'update', 'person', c.id::text, ${fullName('c')}, 'person:' || c.id, array[c.municipality_id], c.changes
    from changed c join updated u on u.id = c.id`);
}

/** Inserts new people, each logged; those without a code in the file get a generated one. Returns their ids in order. */
export async function insertPeople(
  tx: Executor,
  actor: RosterActor,
  records: RosterRecord[],
  municipalityIds: number[],
): Promise<number[]> {
  if (!records.length) return [];
  const codes = records.map((r) => r.code ?? `roster-${randomUUID()}`);
  const result = await tx.execute<{ id: number; code: string }>(sql`
    with t as (
      select * from unnest(${arr(codes)}::text[], ${arr(records.map((r) => r.lastName))}::text[], ${arr(records.map((r) => r.firstName))}::text[],
        ${arr(records.map((r) => r.middleName))}::text[], ${arr(records.map((r) => r.birthDate))}::date[], ${arr(records.map((r) => r.careerStart))}::date[],
        ${arr(records.map((r) => r.email))}::text[], ${arr(records.map((r) => r.phone))}::text[], ${arr(records.map((r) => r.snils))}::text[],
        ${arr(municipalityIds)}::int[])
        as t(code, last_name, first_name, middle_name, birth_date, career_start, email, phone, snils, municipality_id)
    ),
    created as (
      insert into people (code, last_name, first_name, middle_name, birth_date, career_start, email, phone, snils)
      select code, last_name, first_name, middle_name, birth_date, career_start, email, phone, snils from t
      returning *
    ),
    logged as (
      insert into audit_log (user_id, user_login, action, entity, entity_id, entity_label, subject, municipality_ids, changes)
      select ${actor.userId}, ${actor.login}, 'create', 'person', p.id::text, ${fullName('p')}, 'person:' || p.id, array[t.municipality_id],
        ${createdValues(sql`jsonb_build_object('id', p.id, 'code', p.code, 'lastName', p.last_name, 'firstName', p.first_name,
          'middleName', p.middle_name, 'birthDate', p.birth_date, 'careerStart', p.career_start, 'email', p.email, 'phone', p.phone,
          'snils', ${maskedSnils(sql`p.snils`)})`)}
      from created p join t on t.code = p.code
    )
    select id, code from created`);
  const byCode = new Map(result.rows.map((r) => [r.code, r.id]));
  return codes.map((code) => byCode.get(code)!);
}

/**
 * Upserts employments by their natural key (person, organization, position, start, type) and logs
 * each one created or really changed. A row without a hire date continues the person's open
 * employment of that position and type, or starts one on `defaultStart` (the preview names it).
 */
export async function upsertEmployments(
  tx: Executor,
  actor: RosterActor,
  personIds: number[],
  records: RosterRecord[],
  defaultStart: string,
): Promise<{ created: number; updated: number }> {
  if (!records.length) return { created: 0, updated: 0 };
  const result = await tx.execute<{ inserted: boolean }>(sql`
    with t as (
      select t.person_id, t.organization_id, t.position, t.category::employment_category as category, t.type::employment_type as type,
        t.personnel_number,
        coalesce(t.start, (select min(e.start) from employments e where e.person_id = t.person_id and e.organization_id = t.organization_id
          and e.position = t.position and e.type = t.type::employment_type and e."end" is null), ${defaultStart}::date) as start,
        coalesce(array(select jsonb_array_elements_text(t.subjects::jsonb)), '{}') as subjects
      from unnest(${arr(personIds)}::int[], ${arr(records.map((r) => r.organizationId))}::int[], ${arr(records.map((r) => r.position))}::text[],
        ${arr(records.map((r) => r.category))}::text[], ${arr(records.map((r) => r.employmentStart))}::date[],
        ${arr(records.map((r) => JSON.stringify(r.subjects)))}::text[], ${arr(records.map((r) => r.employmentType))}::text[],
        ${arr(records.map((r) => r.personnelNumber))}::text[])
        as t(person_id, organization_id, position, category, start, subjects, type, personnel_number)
    ),
    -- The rows as they were before this statement: every part of it sees the same snapshot.
    old as (
      select e.* from employments e join t on e.person_id = t.person_id and e.organization_id = t.organization_id
        and e.position = t.position and e.start = t.start and e.type = t.type
    ),
    written as (
      insert into employments as e (person_id, organization_id, position, category, start, subjects, type, personnel_number)
      select person_id, organization_id, position, category, start, subjects, type, personnel_number from t
      on conflict (person_id, organization_id, position, start, type) do update
        set category = excluded.category,
          subjects = case when cardinality(excluded.subjects) > 0 then excluded.subjects else e.subjects end,
          personnel_number = coalesce(excluded.personnel_number, e.personnel_number),
          updated_at = case when e.category is distinct from excluded.category
            or (cardinality(excluded.subjects) > 0 and e.subjects is distinct from excluded.subjects)
            or (excluded.personnel_number is not null and e.personnel_number is distinct from excluded.personnel_number) then now() else e.updated_at end
      returning e.*, (xmax = 0) as inserted
    ),
    entries as (
      select w.id, w.person_id, w.organization_id, w.inserted,
        case when w.inserted then ${createdValues(sql`jsonb_build_object('id', w.id, 'personId', w.person_id, 'organizationId', w.organization_id,
            'position', w.position, 'category', w.category, 'type', w.type, 'personnelNumber', w.personnel_number, 'start', w.start, 'end', w."end",
            'subjects', to_jsonb(w.subjects))`)}
          else ${change('category', sql`o.category`, sql`w.category`)} || ${change('subjects', sql`to_jsonb(o.subjects)`, sql`to_jsonb(w.subjects)`)}
            || ${change('personnelNumber', sql`o.personnel_number`, sql`w.personnel_number`)} end as changes
      from written w left join old o on o.id = w.id
    ),
    logged as (
      insert into audit_log (user_id, user_login, action, entity, entity_id, entity_label, subject, municipality_ids, changes)
      select ${actor.userId}, ${actor.login}, case when x.inserted then 'create' else 'update' end, 'employment', x.id::text,
        ${fullName('p')}, 'person:' || x.person_id, array[org.municipality_id], x.changes
      from entries x join people p on p.id = x.person_id join organizations org on org.id = x.organization_id
      where x.inserted or x.changes <> '{}'::jsonb
    )
    select inserted from written`);
  const created = result.rows.filter((r) => r.inserted).length;
  return { created, updated: result.rows.length - created };
}

/**
 * Adds the attestations (qualification categories) the file names; one already recorded with the
 * same category and date is left alone, so a re-import adds nothing. Each one added is logged.
 */
export async function insertAttestations(
  tx: Executor,
  actor: RosterActor,
  rows: { personId: number; category: string; date: string }[],
): Promise<number> {
  if (!rows.length) return 0;
  const result = await tx.execute<{ n: number }>(sql`
    with t as (
      select distinct * from unnest(${arr(rows.map((r) => r.personId))}::int[], ${arr(rows.map((r) => r.category))}::text[],
        ${arr(rows.map((r) => r.date))}::date[]) as t(person_id, category, date)
    ),
    created as (
      insert into attestations (person_id, category, date)
      select person_id, category::attestation_category, date from t
      on conflict (person_id, category, date) do nothing
      returning *
    ),
    logged as (
      insert into audit_log (user_id, user_login, action, entity, entity_id, entity_label, subject, municipality_ids, changes)
      select ${actor.userId}, ${actor.login}, 'create', 'attestation', a.id::text, ${fullName('p')}, 'person:' || a.person_id,
        (select array_agg(distinct o.municipality_id) from employments e join organizations o on o.id = e.organization_id where e.person_id = a.person_id),
        ${createdValues(sql`jsonb_build_object('id', a.id, 'personId', a.person_id, 'category', a.category, 'date', a.date)`)}
      from created a join people p on p.id = a.person_id
    )
    select count(*)::int as n from created`);
  return result.rows[0]!.n;
}
