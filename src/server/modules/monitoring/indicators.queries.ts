// Reads of the monitoring module: the territory of a code, and every indicator's counts in one statement.
import { sql, type SQL } from 'drizzle-orm';
import { indicatorCatalog, type IndicatorCode } from '../../../shared/indicators.js';
import { municipalityGranted, organizationInScope, type Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { definitionOf, indicatorDefinitions, scopeSetOf, sharedCtes, type Period, type ScopeRef, type ScopeSet } from './indicators.sql.js';

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
  const rows = await countIndicatorsForScopes(db, scopeSetOf(scope), period);
  return rows.map(({ code, numerator, denominator }) => ({ code, numerator, denominator }));
}

export type ScopedIndicatorCounts = IndicatorCounts & {
  /** The id of the territory of `ScopeSet.ids` the counts are for. */
  scopeId: number;
};

/**
 * Every catalog indicator's counts for several territories of one kind in one statement: each
 * definition is evaluated once over all of them and grouped by territory, never once per territory.
 * Rows come in catalog order, territories in the order given.
 */
export async function countIndicatorsForScopes(db: Executor, scopes: ScopeSet, period: Period): Promise<ScopedIndicatorCounts[]> {
  if (!scopes.ids.length) return [];
  const definitions = indicatorDefinitions(scopes, period);
  const grouped = (members: SQL) => sql`(select scope_key, count(*) as n from (${members}) m group by scope_key)`;
  const rows: SQL[] = indicatorCatalog.map(({ code }, index) => {
    const { numerator, denominator } = definitionOf(definitions, code);
    const denominatorJoin = denominator ? sql`left join ${grouped(denominator)} d on d.scope_key = sc.id` : sql``;
    const denominatorCount = denominator ? sql`coalesce(d.n, 0)` : sql`null::bigint`;
    return sql`select ${index}::int as ord, ${code}::text as code, sc.id as "scopeId", coalesce(n.n, 0) as numerator, ${denominatorCount} as denominator
      from scopes sc left join ${grouped(numerator)} n on n.scope_key = sc.id ${denominatorJoin}`;
  });
  const result = await db.execute<ScopedIndicatorCounts & { ord: number }>(
    sql`with ${sharedCtes(scopes, period)} select * from (${sql.join(rows, sql` union all `)}) counts`,
  );
  const position = new Map(scopes.ids.map((id, i) => [id, i]));
  return result.rows
    .sort((a, b) => a.ord - b.ord || position.get(a.scopeId)! - position.get(b.scopeId)!)
    .map(({ code, scopeId, numerator, denominator }) => ({ code, scopeId, numerator, denominator }));
}

/** The ids of one indicator's numerator, or of its denominator without the numerator (the ones to help). */
export function memberIdsSql(scope: ScopeRef, period: Period, code: IndicatorCode, which: 'numerator' | 'rest'): SQL {
  const { numerator, denominator } = definitionOf(indicatorDefinitions(scope, period), code);
  const ids = which === 'numerator' || !denominator ? numerator : sql`${denominator} except ${numerator}`;
  return sql`with ${sharedCtes(scopeSetOf(scope), period)} select id from (${ids}) members`;
}
