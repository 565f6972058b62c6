// Drill-down: from an indicator's number to the people, organizations, communities, practices or
// events behind it, for the territory and period it was computed for.
import { AppError } from '../../../shared/errors.js';
import { indicatorCatalog, type IndicatorCode, type IndicatorDefinition } from '../../../shared/indicators.js';
import type { DrilldownPage, DrilldownSide } from '../../../shared/monitoring.js';
import type { Scope } from '../../auth/scope.js';
import type { Executor } from '../../db/client.js';
import type { ResolvedScope } from './indicators.queries.js';
import { resolveTerritory } from '../registry/territories.queries.js';
import { selectMembers, type MemberRows } from './drilldown.queries.js';

export interface DrilldownRequest {
  code: string;
  scopeCode: string;
  from: string;
  to: string;
  side: DrilldownSide;
  q?: string | undefined;
}

const byCode = new Map<string, IndicatorDefinition>(indicatorCatalog.map((d) => [d.code, d]));

export function indicatorByCode(code: string): IndicatorDefinition {
  const definition = byCode.get(code);
  if (!definition) throw new AppError('not_found', `Показатель «${code}» не найден.`);
  return definition;
}

/**
 * The members, page by page (all of them when `page` is null). A count has no denominator, so its
 * "rest" is empty rather than an error: the list behind a count is its numerator.
 */
async function members(
  db: Executor,
  request: DrilldownRequest,
  scope: Scope,
  page: { page: number; pageSize: number } | null,
): Promise<{ definition: IndicatorDefinition; territory: ResolvedScope } & MemberRows> {
  const definition = indicatorByCode(request.code);
  const territory = await resolveTerritory(db, request.scopeCode, scope);
  const filter = { code: definition.code as IndicatorCode, subject: definition.subject, side: request.side, q: request.q };
  const limit = page ? page.pageSize : null;
  const offset = page ? (page.page - 1) * page.pageSize : 0;
  const found = await selectMembers(db, territory, request, filter, limit, offset);
  return { definition, territory, ...found };
}

export async function drilldownPage(
  db: Executor,
  request: DrilldownRequest & { page: number; pageSize: number },
  scope: Scope,
): Promise<DrilldownPage> {
  const { definition, total, rows } = await members(db, request, scope, request);
  return { subject: definition.subject, items: rows, total, page: request.page, pageSize: request.pageSize } as DrilldownPage;
}

export async function drilldownAll(db: Executor, request: DrilldownRequest, scope: Scope) {
  const { definition, territory, rows } = await members(db, request, scope, null);
  return { definition, territory, rows };
}
