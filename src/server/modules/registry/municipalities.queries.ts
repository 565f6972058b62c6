import { sql } from 'drizzle-orm';
import type { MunicipalityRow } from '../../../shared/registry.js';
import { municipalityInScope, organizationInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { currentOn, icu } from './registry.queries.js';

type Row = {
  id: number;
  code: string;
  name: string;
  organizations: number;
  staff: number;
  edit: boolean;
};

/** Municipalities of the read scope with counts inside that scope; `writeScope` decides 'edit'. */
export async function selectMunicipalities(
  db: Executor,
  scope: Scope,
  writeScope: Scope,
  today: string,
  id?: number,
): Promise<MunicipalityRow[]> {
  // Grouped once over all employments rather than counted per municipality.
  const result = await db.execute<Row>(sql`
    with orgs as (
      select o.municipality_id, count(*) as n from organizations o where ${organizationInScope(scope, sql`o.id`)} group by o.municipality_id
    ), staff as (
      select o.municipality_id, count(distinct e.person_id) as n from employments e join organizations o on o.id = e.organization_id
      where ${currentOn(today)} and ${organizationInScope(scope, sql`o.id`)} group by o.municipality_id
    )
    select m.id, m.code, m.name, coalesce(orgs.n, 0) as organizations, coalesce(staff.n, 0) as staff,
      ${municipalityInScope(writeScope, sql`m.id`)} as edit
    from municipalities m left join orgs on orgs.municipality_id = m.id left join staff on staff.municipality_id = m.id
    where ${municipalityInScope(scope, sql`m.id`)} ${id === undefined ? sql`` : sql`and m.id = ${id}`}
    order by m.name ${icu}, m.id`);
  return result.rows.map(({ edit, ...row }) => ({
    ...row,
    organizations: Number(row.organizations),
    staff: Number(row.staff),
    can: edit ? ['edit'] : [],
  }));
}

export type MunicipalityRecord = {
  id: number;
  code: string;
  name: string;
  regionId: number;
};

export async function findMunicipality(db: Executor, scope: Scope, id: number): Promise<MunicipalityRecord | undefined> {
  const result = await db.execute<MunicipalityRecord>(sql`
    select m.id, m.code, m.name, m.region_id as "regionId" from municipalities m
    where m.id = ${id} and ${municipalityInScope(scope, sql`m.id`)} for update`);
  return result.rows[0];
}

/** The region new municipalities belong to: the system serves one region. */
export async function theRegionId(db: Executor): Promise<number | undefined> {
  const result = await db.execute<{ id: number }>(sql`select id from regions order by id limit 1`);
  return result.rows[0]?.id;
}

export async function insertMunicipality(
  db: Executor,
  values: { code: string; name: string; regionId: number },
): Promise<MunicipalityRecord> {
  const result = await db.execute<MunicipalityRecord>(sql`
    insert into municipalities (code, name, region_id) values (${values.code}, ${values.name}, ${values.regionId})
    returning id, code, name, region_id as "regionId"`);
  return result.rows[0]!;
}

export async function updateMunicipality(
  db: Executor,
  id: number,
  values: { code?: string | undefined; name?: string | undefined },
): Promise<MunicipalityRecord> {
  const result = await db.execute<MunicipalityRecord>(sql`
    update municipalities set code = coalesce(${values.code ?? null}, code), name = coalesce(${values.name ?? null}, name), updated_at = now()
    where id = ${id} returning id, code, name, region_id as "regionId"`);
  return result.rows[0]!;
}
