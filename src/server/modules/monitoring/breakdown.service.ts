// Breakdown: every indicator for each child territory of a scope, with the region's thresholds.
import { AppError } from '../../../shared/errors.js';
import { indicatorCatalog, indicatorQuery, type IndicatorCode } from '../../../shared/indicators.js';
import type { Breakdown, BreakdownCell } from '../../../shared/monitoring.js';
import type { MonitoringSettings } from '../../../shared/profiles.js';
import { zodIssues } from '../../../shared/zod.js';
import type { Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { readMonitoringSettings } from '../profiles/profiles.service.js';
import { selectChildScopes } from './breakdown.queries.js';
import { countIndicatorsForScopes } from './indicators.queries.js';
import type { Period, ScopeRef } from './indicators.sql.js';
import { resolveTerritory } from '../registry/territories.queries.js';
import type { IndicatorRequest } from './indicators.service.js';
import { indicatorValue } from './indicators.value.js';

/** Whether a value reaches its threshold: for shares and counts alike, more is better. */
export function thresholdMet(value: number | null, threshold: number | undefined): boolean | null {
  if (threshold === undefined || value === null) return null;
  return value >= threshold;
}

/**
 * The catalog × the child territories of `scopeCode` (a region's municipalities, a municipality's
 * organizations), all counted in one statement. An organization has no children: 422.
 */
export async function computeBreakdown(db: Executor, request: IndicatorRequest, scope: Scope): Promise<Breakdown> {
  const checked = indicatorQuery.safeParse({ scope: request.scopeCode, from: request.from, to: request.to });
  if (!checked.success) throw new AppError('validation', 'Проверьте территорию и период.', zodIssues(checked.error));
  const territory = await resolveTerritory(db, request.scopeCode, scope);
  if (territory.kind === 'organization') {
    throw new AppError(
      'validation',
      `У организации «${territory.name}» нет вложенных территорий: сводная таблица строится для региона или муниципалитета.`,
    );
  }
  const period = { from: request.from, to: request.to };
  return breakdownOf(db, { kind: territory.kind, id: territory.id }, period, await readMonitoringSettings(db));
}

/** The breakdown of a territory already resolved (and authorized), with the settings already read. */
export async function breakdownOf(
  db: Executor,
  territory: ScopeRef & { kind: 'region' | 'municipality' },
  period: Period,
  settings: MonitoringSettings,
): Promise<Breakdown> {
  const children = await selectChildScopes(db, { kind: territory.kind, id: territory.id });
  const childKind = territory.kind === 'region' ? 'municipality' : 'organization';
  const counts = await countIndicatorsForScopes(db, { kind: childKind, ids: children.map((c) => c.id) }, period);
  const byKey = new Map(counts.map((row) => [`${row.code}:${row.scopeId}`, row]));
  const rows = indicatorCatalog.map((definition) => {
    const threshold = settings.thresholds[definition.code as IndicatorCode];
    const cells: BreakdownCell[] = children.map((child) => {
      const row = byKey.get(`${definition.code}:${child.id}`);
      const { value, numerator, denominator } = indicatorValue(definition, row?.numerator ?? 0, row?.denominator ?? null);
      return { scope: child.code, value, numerator, denominator, met: thresholdMet(value, threshold) };
    });
    return { code: definition.code as IndicatorCode, threshold: threshold ?? null, cells };
  });
  return { scopes: children.map(({ code, name }) => ({ code, name })), rows };
}
