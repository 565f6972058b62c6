// The roster import's SQL. Rows go to the database as parallel arrays unnested on the server:
// one statement per batch of thousands of rows instead of one per row.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { RosterRecord } from '../../../shared/roster.js';
import { organizationInScope, personInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import type { RosterOrganization } from './roster.rows.js';

const arr = (values: unknown[]) => sql.param(values);

export async function scopeOrganizations(db: Executor, scope: Scope): Promise<RosterOrganization[]> {
  const result = await db.execute<{ id: number; code: string; name: string; short_name: string | null; municipality_id: number }>(
    sql`select o.id, o.code, o.name, o.short_name, o.municipality_id from organizations o where ${organizationInScope(scope, sql`o.id`)}`,
  );
  return result.rows.map((r) => ({ id: r.id, code: r.code, name: r.name, shortName: r.short_name, municipalityId: r.municipality_id }));
}

type PersonKeys = Pick<RosterRecord, 'code' | 'lastName' | 'firstName' | 'middleName' | 'birthDate'>;

/**
 * The existing person of each record, or null: by code when the record has one, otherwise by
 * «Фамилия Имя Отчество» (folded like people.search_name: lower case, ё as е) and birth date.
 * People are matched across the whole region: a teacher who moves to another school stays one person.
 */
export async function matchPeople(db: Executor, records: PersonKeys[]): Promise<(number | null)[]> {
  if (!records.length) return [];
  const result = await db.execute<{ i: number; id: number | null }>(sql`
    select t.i::int as i,
      case when t.code is not null then (select p.id from people p where p.code = t.code)
        else (select min(p.id) from people p where p.search_name = translate(lower(t.name), 'ё', 'е') and p.birth_date = t.birth) end as id
    from unnest(${arr(records.map((r) => r.code))}::text[], ${arr(records.map((r) => `${r.lastName} ${r.firstName} ${r.middleName ?? ''}`))}::text[],
      ${arr(records.map((r) => r.birthDate))}::date[]) with ordinality as t(code, name, birth, i)`);
  const ids: (number | null)[] = records.map(() => null);
  for (const row of result.rows) ids[row.i - 1] = row.id;
  return ids;
}

/**
 * Updates matched people in place; a column the file does not have keeps its stored value. Only
 * people already inside the importer's territory are changed: someone matched elsewhere (a teacher
 * moving in from another municipality) gains the new employment, but their card stays as its
 * owners keep it.
 */
export async function updatePeople(tx: Executor, scope: Scope, ids: number[], records: RosterRecord[]): Promise<void> {
  if (!ids.length) return;
  await tx.execute(sql`
    update people p set
      last_name = t.last_name, first_name = t.first_name, middle_name = coalesce(t.middle_name, p.middle_name),
      birth_date = coalesce(t.birth_date, p.birth_date), career_start = coalesce(t.career_start, p.career_start),
      email = coalesce(t.email, p.email), phone = coalesce(t.phone, p.phone), snils = coalesce(t.snils, p.snils),
      updated_at = now()
    from unnest(${arr(ids)}::int[], ${arr(records.map((r) => r.lastName))}::text[], ${arr(records.map((r) => r.firstName))}::text[],
      ${arr(records.map((r) => r.middleName))}::text[], ${arr(records.map((r) => r.birthDate))}::date[], ${arr(records.map((r) => r.careerStart))}::date[],
      ${arr(records.map((r) => r.email))}::text[], ${arr(records.map((r) => r.phone))}::text[], ${arr(records.map((r) => r.snils))}::text[])
      as t(id, last_name, first_name, middle_name, birth_date, career_start, email, phone, snils)
    where p.id = t.id and ${personInScope(scope, sql`p.id`)}`);
}

/** Inserts new people; those without a code in the file get a generated one. Returns their ids in order. */
export async function insertPeople(tx: Executor, records: RosterRecord[]): Promise<number[]> {
  if (!records.length) return [];
  const codes = records.map((r) => r.code ?? `roster-${randomUUID()}`);
  const result = await tx.execute<{ id: number; code: string }>(sql`
    insert into people (code, last_name, first_name, middle_name, birth_date, career_start, email, phone, snils)
    select * from unnest(${arr(codes)}::text[], ${arr(records.map((r) => r.lastName))}::text[], ${arr(records.map((r) => r.firstName))}::text[],
      ${arr(records.map((r) => r.middleName))}::text[], ${arr(records.map((r) => r.birthDate))}::date[], ${arr(records.map((r) => r.careerStart))}::date[],
      ${arr(records.map((r) => r.email))}::text[], ${arr(records.map((r) => r.phone))}::text[], ${arr(records.map((r) => r.snils))}::text[])
    returning id, code`);
  const byCode = new Map(result.rows.map((r) => [r.code, r.id]));
  return codes.map((code) => byCode.get(code)!);
}

/**
 * Upserts employments by their natural key (person, organization, position, start). A row without
 * a hire date continues the person's open employment in that position, or starts one today.
 */
export async function upsertEmployments(
  tx: Executor,
  personIds: number[],
  records: RosterRecord[],
  today: string,
): Promise<{ created: number; updated: number }> {
  if (!records.length) return { created: 0, updated: 0 };
  const result = await tx.execute<{ inserted: boolean }>(sql`
    insert into employments (person_id, organization_id, position, category, start, subjects)
    select t.person_id, t.organization_id, t.position, t.category::employment_category,
      coalesce(t.start, (select min(e.start) from employments e where e.person_id = t.person_id and e.organization_id = t.organization_id
        and e.position = t.position and e."end" is null), ${today}::date),
      coalesce(array(select jsonb_array_elements_text(t.subjects::jsonb)), '{}')
    from unnest(${arr(personIds)}::int[], ${arr(records.map((r) => r.organizationId))}::int[], ${arr(records.map((r) => r.position))}::text[],
      ${arr(records.map((r) => r.category))}::text[], ${arr(records.map((r) => r.employmentStart))}::date[], ${arr(records.map((r) => JSON.stringify(r.subjects)))}::text[])
      as t(person_id, organization_id, position, category, start, subjects)
    on conflict (person_id, organization_id, position, start) do update
      set category = excluded.category, subjects = case when cardinality(excluded.subjects) > 0 then excluded.subjects else employments.subjects end, updated_at = now()
    returning (xmax = 0) as inserted`);
  const created = result.rows.filter((r) => r.inserted).length;
  return { created, updated: result.rows.length - created };
}
