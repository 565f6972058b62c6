// Computing the indicator catalog for a territory and period: what the CLI, the API, the dashboard
// and the snapshots all call.
import { AppError } from '../../../shared/errors.js';
import { indicatorCatalog, indicatorQuery, type IndicatorValue } from '../../../shared/indicators.js';
import { zodIssues } from '../../../shared/zod.js';
import type { Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import { resolveTerritory } from '../registry/territories.queries.js';
import { countIndicators } from './indicators.queries.js';
import { indicatorValue } from './indicators.value.js';

export interface IndicatorRequest {
  /** The code of the region, a municipality or an organization. */
  scopeCode: string;
  from: string;
  to: string;
}

/** All catalog indicators, in catalog order, for the territory `scopeCode` over [from, to]. */
export async function computeIndicators(db: Executor, request: IndicatorRequest, scope: Scope): Promise<IndicatorValue[]> {
  const checked = indicatorQuery.safeParse({ scope: request.scopeCode, from: request.from, to: request.to });
  if (!checked.success) throw new AppError('validation', 'Проверьте территорию и период.', zodIssues(checked.error));
  const territory = await resolveTerritory(db, request.scopeCode, scope);
  const counts = new Map((await countIndicators(db, territory, request)).map((row) => [row.code, row]));
  return indicatorCatalog.map((definition) => {
    const row = counts.get(definition.code);
    return indicatorValue(definition, row?.numerator ?? 0, row?.denominator ?? null);
  });
}
