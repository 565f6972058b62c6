// Reads of the exchange module: codes the import refers to, and the territory an export covers.
import { sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors.js';
import type { Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { resolveTerritory } from '../registry/territories.queries.js';
import type { CodedList } from './exchange.validate.js';

const tables: Record<CodedList, string> = {
  municipalities: 'municipalities',
  organizations: 'organizations',
  people: 'people',
  diagnostics: 'diagnostics',
  programmes: 'programmes',
  routes: 'routes',
  communities: 'communities',
  events: 'events',
  consultations: 'consultations',
  practices: 'practices',
};

export async function existingCodes(db: Executor, list: CodedList, codes: string[]): Promise<Set<string>> {
  if (!codes.length) return new Set();
  const result = await db.execute<{ code: string }>(
    sql`select code from ${sql.raw(tables[list])} where code = any(${sql.param(codes)}::text[])`,
  );
  return new Set(result.rows.map((r) => r.code));
}

export async function regionCodes(db: Executor): Promise<string[]> {
  const result = await db.execute<{ code: string }>(sql`select code from regions order by id`);
  return result.rows.map((r) => r.code);
}

/** What an export covers: the whole region, or the ids of a territory's records. */
export interface Territory {
  kind: 'region' | 'municipality' | 'organization';
  code: string;
  region: { code: string; name: string };
  /** null: everything (the region). */
  municipalityIds: number[] | null;
  organizationIds: number[] | null;
  personIds: number[] | null;
  /** Municipalities written to the package: the territory's own, or an organization's. */
  listedMunicipalityIds: number[] | null;
}

/**
 * What an export of this code covers (without a code: the region, or the scope's one territory),
 * the code resolved within the scope by the registry's one resolver.
 */
export async function findTerritory(db: Executor, code: string | undefined, scope: Scope): Promise<Territory> {
  const [region] = (await db.execute<{ code: string; name: string }>(sql`select code, name from regions order by id limit 1`)).rows;
  if (!region) throw new AppError('not_found', 'В базе ещё нет региона: выгружать нечего.');
  const all = { municipalityIds: null, organizationIds: null, personIds: null, listedMunicipalityIds: null };
  if (code === undefined) {
    if (scope.region) return { kind: 'region', code: region.code, region, ...all };
    if (scope.municipalityIds.length === 1 && !scope.organizationIds.length) {
      return territoryOf(db, region, 'municipality', scope.municipalityIds[0]!);
    }
    if (scope.organizationIds.length === 1 && !scope.municipalityIds.length) {
      return territoryOf(db, region, 'organization', scope.organizationIds[0]!);
    }
    throw new AppError('validation', 'Укажите код территории для выгрузки: вам доступно несколько территорий.', [
      { path: 'scope', message: 'Укажите код муниципалитета или организации' },
    ]);
  }
  const found = await resolveTerritory(db, code, scope);
  if (found.kind === 'region') return { kind: 'region', code: found.code, region, ...all };
  return territoryOf(db, region, found.kind, found.id);
}

async function territoryOf(
  db: Executor,
  region: Territory['region'],
  kind: 'municipality' | 'organization',
  id: number,
): Promise<Territory> {
  const where = kind === 'municipality' ? sql`o.municipality_id = ${id}` : sql`o.id = ${id}`;
  const [row] = (
    await db.execute<{ code: string; municipality_ids: number[]; organization_ids: number[]; person_ids: number[] }>(sql`
      select (select code from ${sql.raw(kind === 'municipality' ? 'municipalities' : 'organizations')} where id = ${id}) as code,
        coalesce((select array_agg(distinct o.municipality_id) from organizations o where ${where}), '{}') as municipality_ids,
        coalesce((select array_agg(o.id) from organizations o where ${where}), '{}') as organization_ids,
        coalesce((select array_agg(distinct e.person_id) from employments e join organizations o on o.id = e.organization_id where ${where}), '{}') as person_ids`)
  ).rows;
  return {
    kind,
    code: row!.code,
    region,
    municipalityIds: kind === 'municipality' ? [id] : [],
    organizationIds: row!.organization_ids,
    personIds: row!.person_ids,
    listedMunicipalityIds: kind === 'municipality' ? [id] : row!.municipality_ids,
  };
}
