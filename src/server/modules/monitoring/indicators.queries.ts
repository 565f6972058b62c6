// Reads of the monitoring module: every indicator's counts in one statement.
import { sql, type SQL } from 'drizzle-orm';
import { indicatorCatalog, type IndicatorCode } from '../../../shared/indicators.js';
import type { Executor } from '../../db/client.js';
import type { TerritoryRef } from '../registry/territories.queries.js';
import { definitionOf, indicatorDefinitions, scopeSetOf, sharedCtes, type Period, type ScopeRef, type ScopeSet } from './indicators.sql.js';

/** A territory as the resolver of codes returns it (registry/territories.queries.ts). */
export type ResolvedScope = TerritoryRef;

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
