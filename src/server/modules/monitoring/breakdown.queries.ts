// The child territories of a breakdown: a region's municipalities, a municipality's organizations.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { icu } from '../registry/registry.queries.js';
import type { ScopeRef } from './indicators.sql.js';

export type ChildScope = {
  id: number;
  code: string;
  name: string;
};

/**
 * The territories one level below `parent`, by name. Every organization of a municipality is one,
 * methodical centres included: their staff are counted in the staff shares.
 */
export async function selectChildScopes(db: Executor, parent: ScopeRef & { kind: 'region' | 'municipality' }): Promise<ChildScope[]> {
  const result =
    parent.kind === 'region'
      ? await db.execute<ChildScope>(
          sql`select m.id, m.code, m.name from municipalities m where m.region_id = ${parent.id} order by m.name ${icu}, m.id`,
        )
      : await db.execute<ChildScope>(
          sql`select o.id, o.code, o.name from organizations o where o.municipality_id = ${parent.id} order by o.name ${icu}, o.id`,
        );
  return result.rows;
}
