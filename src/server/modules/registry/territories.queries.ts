// The one resolver from a territory code to a territory: monitoring, reports, quality checks and the
// exchange export all find the region, municipality or organization of a code here.
import { sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors.js';
import { municipalityGranted, organizationInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';

export type TerritoryRef = {
  kind: 'region' | 'municipality' | 'organization';
  id: number;
  code: string;
  name: string;
};

export const territoryNotFound = (code: string) => new AppError('not_found', `Территория с кодом «${code}» не найдена или недоступна.`);

/**
 * The region, municipality or organization whose code this is (in that order when codes collide),
 * within the scope: the region only for a region-wide grant, a municipality only for a grant of the
 * whole municipality (a school's grant does not reach its district), an organization through any
 * grant that reaches it. Null when there is none.
 */
export async function findTerritory(db: Executor, code: string, scope: Scope): Promise<TerritoryRef | null> {
  const [found] = (
    await db.execute<TerritoryRef & { rank: number }>(sql`
      select * from (
        select 1 as rank, 'region' as kind, r.id, r.code, r.name from regions r where r.code = ${code} and ${sql.raw(String(scope.region))}
        union all
        select 2, 'municipality', m.id, m.code, m.name from municipalities m where m.code = ${code} and ${municipalityGranted(scope, sql`m.id`)}
        union all
        select 3, 'organization', o.id, o.code, o.name from organizations o
        where o.code = ${code} and ${organizationInScope(scope, sql`o.id`, sql`o.municipality_id`)}
      ) found order by rank limit 1`)
  ).rows;
  if (!found) return null;
  return { kind: found.kind, id: found.id, code: found.code, name: found.name };
}

/** The territory of a code within the scope; 404 outside it or when there is none. */
export async function resolveTerritory(db: Executor, code: string, scope: Scope): Promise<TerritoryRef> {
  const found = await findTerritory(db, code, scope);
  if (!found) throw territoryNotFound(code);
  return found;
}
