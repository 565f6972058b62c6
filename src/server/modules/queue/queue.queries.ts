// Reads of the work queue that no other module already has: the young teachers of a territory
// without any form of support. Everything else the queue shows is composed from the monitoring
// module's own set-based queries (indicators, quality checks, reports).
import { sql } from 'drizzle-orm';
import type { QualityItem } from '../../../shared/quality.js';
import type { Executor } from '../../db/client.js';
import { scopeSetOf, sharedCtes, type ScopeRef } from '../monitoring/indicators.sql.js';
import { icu } from '../registry/registry.queries.js';

export interface FoundRows {
  total: number;
  items: QualityItem[];
}

/**
 * Young teachers of the territory on day `on` (the indicators' `young`: a teacher employed there
 * on the day, under 35, who began teaching less than three years before) with no support on that
 * day: no current mentoring pair as a mentee, no membership in a Школа молодого педагога, no agreed
 * or running individual route, and no course completed since they began teaching. One statement:
 * the count and the first `limit` by name.
 */
export async function selectYoungWithoutSupport(db: Executor, scope: ScopeRef, on: string, limit: number): Promise<FoundRows> {
  const day = sql`${on}::date`;
  const result = await db.execute<{ total: string | number; id: number | null; label: string | null }>(sql`
    with ${sharedCtes(scopeSetOf(scope), { from: on, to: on })},
    found as (
      select distinct p.id, concat_ws(' ', p.last_name, p.first_name, p.middle_name) as label
      from young y join people p on p.id = y.id
      where not exists (select 1 from mentoring_pairs mp
          where mp.mentee_id = p.id and mp.start <= ${day} and (mp."end" is null or mp."end" >= ${day}))
        and not exists (select 1 from community_members cm join communities c on c.id = cm.community_id
          where cm.person_id = p.id and c.kind = 'young_teacher_school' and cm.start <= ${day} and (cm."end" is null or cm."end" >= ${day}))
        and not exists (select 1 from routes r
          where r.person_id = p.id and r.status in ('agreed', 'in_progress') and r.start <= ${day} and (r."end" is null or r."end" >= ${day}))
        and not exists (select 1 from completions c where c.person_id = p.id and c."end" >= p.career_start and c."end" <= ${day}))
    select t.total, f.id, f.label
    from (select count(*) as total from found) t
    left join lateral (select * from found order by label ${icu}, id limit ${limit}) f on true`);
  const rows = result.rows;
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows
      .filter((row) => row.id !== null)
      .map((row) => ({ id: Number(row.id), label: row.label ?? '', href: `/registry/people/${Number(row.id)}` })),
  };
}
