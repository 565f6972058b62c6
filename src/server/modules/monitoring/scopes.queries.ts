// The territories a caller may count indicators for: exactly those findScope resolves for them.
import { sql } from 'drizzle-orm';
import type { MonitoringScope } from '../../../shared/monitoring.js';
import { municipalityGranted, organizationInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { icu } from '../registry/registry.queries.js';

/**
 * The region for a region-wide grant, the municipalities granted as a whole, and the organizations
 * granted by themselves (a school admin's school); region first, then municipalities, then
 * organizations, each by name. The organizations of a granted municipality are reached through its
 * breakdown, so they are not listed here one by one.
 */
export async function selectMonitoringScopes(db: Executor, scope: Scope): Promise<MonitoringScope[]> {
  const regionAllowed = scope.region ? sql`true` : sql`false`;
  // Only the organizations granted by themselves: the scope's municipal grants are listed as municipalities.
  const organizationAllowed = scope.region ? sql`false` : organizationInScope({ ...scope, municipalityIds: [] }, sql`o.id`);
  const result = await db.execute<MonitoringScope & { rank: number }>(sql`
    select kind, code, name from (
      select 1 as rank, 'region' as kind, r.code, r.name, r.id from regions r where ${regionAllowed}
      union all
      select 2, 'municipality', m.code, m.name, m.id from municipalities m where ${municipalityGranted(scope, sql`m.id`)}
      union all
      select 3, 'organization', o.code, o.name, o.id from organizations o where ${organizationAllowed}
    ) found order by rank, name ${icu}, id`);
  return result.rows.map(({ kind, code, name }) => ({ kind, code, name }));
}
