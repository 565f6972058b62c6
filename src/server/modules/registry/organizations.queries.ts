import { sql, type SQL } from 'drizzle-orm';
import type { OrganizationInput, OrganizationRow, organizationListQuery } from '../../../shared/registry.js';
import type { z } from '../../../shared/zod.js';
import { municipalityInScope, organizationInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { containsPattern, currentOn, icu, youngDatesOn } from './registry.queries.js';

export type OrganizationFilters = Partial<Omit<z.output<typeof organizationListQuery>, 'page' | 'pageSize'>>;

type RawRow = Omit<OrganizationRow, 'flags'> & { flags: string[]; address: string | null; flagsReviewedAt: Date | string | null };

const filtersSql = (scope: Scope, f: OrganizationFilters): SQL => {
  const where: SQL[] = [organizationInScope(scope, sql`o.id`)];
  if (f.municipalityId) where.push(sql`o.municipality_id = ${f.municipalityId}`);
  if (f.kind) where.push(sql`o.kind = ${f.kind}`);
  if (f.flag) where.push(sql`o.flags @> array[${f.flag}]::organization_flag[]`);
  const q = f.q?.trim();
  if (q) {
    const pattern = containsPattern(q.toLowerCase());
    where.push(
      sql`(lower(o.name) like ${pattern} or lower(coalesce(o.short_name, '')) like ${pattern} or lower(o.code) = ${q.toLowerCase()})`,
    );
  }
  return sql.join(where, sql` and `);
};

function orderSql(alias: string, f: OrganizationFilters): SQL {
  const a = sql.raw(alias);
  const dir = sql.raw(f.order === 'desc' ? 'desc' : 'asc');
  const key = {
    name: sql`${a}.name ${icu} ${dir}`,
    code: sql`${a}.code ${icu} ${dir}`,
    municipality: sql`${a}.municipality_name ${icu} ${dir}, ${a}.name ${icu} ${dir}`,
    kind: sql`${a}.kind ${dir}, ${a}.name ${icu} ${dir}`,
    staff: sql`${a}.staff_sort ${dir}, ${a}.name ${icu} ${dir}`,
  }[f.sort ?? 'name'];
  return sql`${key}, ${a}.id ${dir}`;
}

/**
 * One page of organizations (or all of them when `limit` is null) with today's staff counts.
 * The page is chosen first, so the counts are computed for its rows only.
 */
export async function selectOrganizations(
  db: Executor,
  scope: Scope,
  today: string,
  f: OrganizationFilters,
  limit: number | null,
  offset = 0,
  id?: number,
): Promise<RawRow[]> {
  const staffSort =
    f.sort === 'staff'
      ? sql`(select count(distinct e.person_id) from employments e where e.organization_id = o.id and ${currentOn(today)})`
      : sql`0`;
  const result = await db.execute<RawRow>(sql`
    with page as (
      select b.* from (
        select o.id, o.code, o.name, o.short_name, o.kind, o.flags::text[] as flags, o.municipality_id, m.name as municipality_name,
          o.address, o.flags_reviewed_at, ${staffSort} as staff_sort
        from organizations o join municipalities m on m.id = o.municipality_id
        where ${filtersSql(scope, f)} ${id === undefined ? sql`` : sql`and o.id = ${id}`}
      ) b
      order by ${orderSql('b', f)}
      ${limit === null ? sql`` : sql`limit ${limit} offset ${offset}`}
    )
    select page.id, page.code, page.name, page.short_name as "shortName", page.kind, page.flags, page.municipality_id as "municipalityId",
      page.municipality_name as "municipalityName", page.address, page.flags_reviewed_at as "flagsReviewedAt",
      c.staff, c.teachers, c.managers, c.young
    from page cross join lateral (
      select count(distinct e.person_id) as staff,
        count(distinct e.person_id) filter (where e.category = 'teacher') as teachers,
        count(distinct e.person_id) filter (where e.category = 'manager') as managers,
        count(distinct e.person_id) filter (where e.category = 'teacher' and ${youngDatesOn(today)}) as young
      from employments e join people p on p.id = e.person_id
      where e.organization_id = page.id and ${currentOn(today)}
    ) c
    order by ${orderSql('page', f)}`);
  return result.rows;
}

export async function countOrganizations(db: Executor, scope: Scope, f: OrganizationFilters): Promise<number> {
  const result = await db.execute<{ total: number }>(sql`select count(*) as total from organizations o where ${filtersSql(scope, f)}`);
  return Number(result.rows[0]?.total ?? 0);
}

export async function selectOrganizationOptions(
  db: Executor,
  scope: Scope,
): Promise<{ id: number; name: string; municipalityId: number }[]> {
  const result = await db.execute<{ id: number; name: string; municipalityId: number }>(sql`
    select o.id, o.name, o.municipality_id as "municipalityId" from organizations o
    where ${organizationInScope(scope, sql`o.id`)} order by o.name ${icu}, o.id`);
  return result.rows;
}

/** The organization's municipality when the scope reaches the organization; undefined otherwise (a foreign id). */
export async function organizationMunicipality(db: Executor, scope: Scope, organizationId: number): Promise<number | undefined> {
  const result = await db.execute<{ municipalityId: number }>(sql`
    select o.municipality_id as "municipalityId" from organizations o where o.id = ${organizationId} and ${organizationInScope(scope, sql`o.id`)}`);
  return result.rows[0]?.municipalityId;
}

/** True when the scope reaches the organization (or municipality): the check behind every foreign-id 404. */
export async function organizationVisible(db: Executor, scope: Scope, id: number): Promise<boolean> {
  return (await organizationMunicipality(db, scope, id)) !== undefined;
}

export async function municipalityVisible(db: Executor, scope: Scope, id: number): Promise<boolean> {
  const result = await db.execute(sql`select 1 from municipalities m where m.id = ${id} and ${municipalityInScope(scope, sql`m.id`)}`);
  return result.rows.length > 0;
}

export type OrganizationRecord = {
  id: number;
  code: string;
  municipalityId: number;
  name: string;
  shortName: string | null;
  kind: string;
  flags: string[];
  address: string | null;
  flagsReviewedAt: Date | null;
};

const recordColumns = sql`id, code, municipality_id as "municipalityId", name, short_name as "shortName", kind, flags::text[] as flags, address, flags_reviewed_at as "flagsReviewedAt"`;

export async function findOrganization(db: Executor, scope: Scope, id: number): Promise<OrganizationRecord | undefined> {
  const result = await db.execute<OrganizationRecord>(
    sql`select ${recordColumns} from organizations o where o.id = ${id} and ${organizationInScope(scope, sql`o.id`)} for update`,
  );
  return result.rows[0];
}

export async function insertOrganization(db: Executor, input: OrganizationInput): Promise<OrganizationRecord> {
  const result = await db.execute<OrganizationRecord>(sql`
    insert into organizations (code, municipality_id, name, short_name, kind, flags, address, flags_reviewed_at)
    values (${input.code}, ${input.municipalityId}, ${input.name}, ${input.shortName ?? null}, ${input.kind},
      ${sql`array[${sql.join(
        input.flags.map((f) => sql`${f}`),
        sql`, `,
      )}]::text[]`}::organization_flag[], ${input.address ?? null}, now())
    returning ${recordColumns}`);
  return result.rows[0]!;
}

export async function updateOrganization(db: Executor, id: number, input: Partial<OrganizationInput>): Promise<OrganizationRecord> {
  const set: SQL[] = [sql`updated_at = now()`];
  if (input.code !== undefined) set.push(sql`code = ${input.code}`);
  if (input.municipalityId !== undefined) set.push(sql`municipality_id = ${input.municipalityId}`);
  if (input.name !== undefined) set.push(sql`name = ${input.name}`);
  if (input.shortName !== undefined) set.push(sql`short_name = ${input.shortName}`);
  if (input.kind !== undefined) set.push(sql`kind = ${input.kind}`);
  if (input.address !== undefined) set.push(sql`address = ${input.address}`);
  if (input.flags !== undefined) {
    set.push(
      sql`flags = array[${sql.join(
        input.flags.map((f) => sql`${f}`),
        sql`, `,
      )}]::text[]::organization_flag[]`,
      sql`flags_reviewed_at = now()`,
    );
  }
  const result = await db.execute<OrganizationRecord>(
    sql`update organizations set ${sql.join(set, sql`, `)} where id = ${id} returning ${recordColumns}`,
  );
  return result.rows[0]!;
}
