// Reads of the monitoring module: the territory of a code, and every indicator's counts in one statement.
import { sql, type SQL } from 'drizzle-orm';
import { indicatorCatalog, type IndicatorCode } from '../../../shared/indicators.js';
import { municipalityGranted, organizationInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { definitionOf, indicatorDefinitions, sharedCtes, type Period, type ScopeRef } from './indicators.sql.js';

export type ResolvedScope = ScopeRef & {
  code: string;
  name: string;
};

/**
 * The region, municipality or organization whose code this is (in that order when codes collide),
 * narrowed to the caller's scope when one is given: the region only for a region-wide grant, a
 * municipality only for a grant of the whole municipality, an organization through any grant
 * that reaches it. Null when there is none.
 */
export async function findScope(db: Executor, code: string, scope?: Scope): Promise<ResolvedScope | null> {
  const regionAllowed = !scope || scope.region ? sql`true` : sql`false`;
  const municipalityAllowed = scope ? municipalityGranted(scope, sql`m.id`) : sql`true`;
  const organizationAllowed = scope ? organizationInScope(scope, sql`o.id`, sql`o.municipality_id`) : sql`true`;
  const [found] = (
    await db.execute<ResolvedScope & { rank: number }>(sql`
      select * from (
        select 1 as rank, 'region' as kind, r.id, r.code, r.name from regions r where r.code = ${code} and ${regionAllowed}
        union all
        select 2, 'municipality', m.id, m.code, m.name from municipalities m where m.code = ${code} and ${municipalityAllowed}
        union all
        select 3, 'organization', o.id, o.code, o.name from organizations o where o.code = ${code} and ${organizationAllowed}
      ) found order by rank limit 1`)
  ).rows;
  if (!found) return null;
  return { kind: found.kind, id: found.id, code: found.code, name: found.name };
}

export type IndicatorCounts = {
  code: IndicatorCode;
  numerator: number;
  denominator: number | null;
};

/** Every catalog indicator's numerator and denominator sizes, in one round trip. */
export async function countIndicators(db: Executor, scope: ScopeRef, period: Period): Promise<IndicatorCounts[]> {
  const definitions = indicatorDefinitions(scope, period);
  const rows: SQL[] = indicatorCatalog.map(({ code }) => {
    const { numerator, denominator } = definitionOf(definitions, code);
    const denominatorCount = denominator ? sql`(select count(*) from (${denominator}) d)` : sql`null::bigint`;
    return sql`select ${code}::text as code, (select count(*) from (${numerator}) n) as numerator, ${denominatorCount} as denominator`;
  });
  const result = await db.execute<IndicatorCounts>(sql`with ${sharedCtes(scope, period)} ${sql.join(rows, sql` union all `)}`);
  return result.rows;
}

/** The ids of one indicator's numerator, or of its denominator without the numerator (the ones to help). */
export function memberIdsSql(scope: ScopeRef, period: Period, code: IndicatorCode, which: 'numerator' | 'rest'): SQL {
  const { numerator, denominator } = definitionOf(indicatorDefinitions(scope, period), code);
  const ids = which === 'numerator' || !denominator ? numerator : sql`${denominator} except ${numerator}`;
  return sql`with ${sharedCtes(scope, period)} select id from (${ids}) members`;
}
